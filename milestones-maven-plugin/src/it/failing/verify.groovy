// A reference to nobody fails the build (messages in Chinese with <lang>zh</lang>, the rule id unchanged), with the finding in the log at its file, line and column, and in the report.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \S*catalog\.json:10:\d+: error: .*geoffrey-hintn.*\[reference\.unresolved\]/
assert log.contains('the catalog has findings at or above error')
assert log.contains('BUILD FAILURE')
def report = new File(basedir, 'target/milestones/validation.txt').getText('UTF-8')
assert report.contains('[reference.unresolved]')
// the Chinese message of reference.unresolved
assert report.contains('"geoffrey-hintn" \u4e0d\u662f\u4eba\u7269 id')
assert !new File(basedir, 'target/milestones/validation.json').exists()
