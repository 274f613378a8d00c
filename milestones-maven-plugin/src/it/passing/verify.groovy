// A valid catalog passes; the schema kept beside it is not read as a catalog; every report asked for is written.
def log = new File(basedir, 'build.log').text
assert log.contains('1 files, 8 records checked: 0 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/milestones')
assert new File(reports, 'validation.txt').text.startsWith('8 records checked: 0 errors, 0 warnings, 0 infos')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'validation.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert new groovy.json.JsonSlurper().parse(new File(reports, 'validation.json')).summary.errors == 0
assert new groovy.json.JsonSlurper().parse(new File(reports, 'validation.gitlab.json')).isEmpty()
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'validation.junit.xml'))
assert junit.name() == 'testsuites' && junit.@tests.text() == '1' && junit.@failures.text() == '0'
