// A reference to nobody fails the build, with the finding in the log at its file, line and column, and in the report.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \S*catalog\.json:10:\d+: error: .*geoffrey-hintn.*\[reference\.unresolved\]/
assert log.contains('the catalog has findings at or above error')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/milestones/validation.txt').text.contains('[reference.unresolved]')
assert !new File(basedir, 'target/milestones/validation.json').exists()
