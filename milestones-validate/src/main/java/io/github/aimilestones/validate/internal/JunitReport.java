package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
/** JUnit XML for the test views of Jenkins, GitLab and Azure Pipelines (see {@link ReportWriters#junit}). */
final class JunitReport {

    private JunitReport() {
    }

    static void write(Report report, Writer out) throws IOException {
        Map<String, Map<Rule, List<Finding>>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            Location location = finding.location();
            byFile.computeIfAbsent(location == null ? "" : location.file(), file -> new TreeMap<>(
                    java.util.Comparator.comparing(Rule::id))).computeIfAbsent(finding.rule(), rule -> new ArrayList<>())
                    .add(finding);
        }
        int tests = byFile.isEmpty() ? 1 : byFile.values().stream().mapToInt(Map::size).sum();
        int failures = (int) byFile.values().stream().flatMap(rules -> rules.values().stream()).filter(JunitReport::fails).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "ai-milestones");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n");
            if (byFile.isEmpty()) {
                startSuite(xml, "ai-milestones", 1, 0);
                xml.writeCharacters("    ");
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", "ai-milestones");
                xml.writeAttribute("name", "no findings");
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Map.Entry<String, Map<Rule, List<Finding>>> file : byFile.entrySet()) {
                String name = file.getKey().isEmpty() ? "(no file)" : file.getKey();
                startSuite(xml, name, file.getValue().size(),
                        (int) file.getValue().values().stream().filter(JunitReport::fails).count());
                for (Map.Entry<Rule, List<Finding>> rule : file.getValue().entrySet()) {
                    writeTestCase(xml, name, rule.getKey(), rule.getValue());
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void startSuite(XMLStreamWriter xml, String name, int tests, int failures) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlSafe(name));
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
    }

    private static void writeTestCase(XMLStreamWriter xml, String file, Rule rule, List<Finding> findings)
            throws XMLStreamException {
        StringBuilder lines = new StringBuilder();
        Severity worst = Severity.INFO;
        for (Finding finding : findings) {
            if (finding.severity().compareTo(worst) > 0) {
                worst = finding.severity();
            }
            Location location = finding.location();
            lines.append(location == null ? finding.recordId() == null ? "" : finding.recordId() + ": " : location + ": ")
                    .append(finding.severity().label()).append(": ").append(finding.message()).append('\n');
        }
        lines.append(rule.id()).append(": ").append(rule.description()).append(' ').append(rule.helpUri()).append('\n');
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlSafe(file));
        xml.writeAttribute("name", rule.id());
        xml.writeCharacters("\n      ");
        if (worst == Severity.INFO) {
            xml.writeStartElement("system-out");
        } else {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", worst.label());
            xml.writeAttribute("message", xmlSafe(findings.size() == 1 ? firstLine(findings.get(0).message())
                    : findings.size() + " findings of " + rule.id() + ", the first: " + firstLine(findings.get(0).message())));
        }
        xml.writeCharacters(xmlSafe(lines.toString()));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * The text with every character that XML 1.0 cannot hold (control characters but tab, line feed and carriage
     * return; lone surrogates; U+FFFE and U+FFFF) written as a backslash, {@code u} and four hex digits, as a Java string would show it.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                safe.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                safe.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() != Severity.INFO);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
