// The configuration file lowers the rule to a warning, and failOn warning still fails on it.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] \S*catalog\.json:10:\d+: warning: .*\[reference\.unresolved\]/
assert log.contains('the catalog has findings at or above warning')
assert log.contains('BUILD FAILURE')
