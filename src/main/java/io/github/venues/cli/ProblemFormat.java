package io.github.venues.cli;

import io.github.venues.problem.Problem;

/** How problems are printed. */
enum ProblemFormat {
    /** {@code content/journals/tmi.yaml:7:10: error: ...}, as compilers print. */
    text,
    /** GitHub workflow commands, shown inline on the pull request's diff. */
    github;

    String format(Problem p) {
        if (this == text) return p.toString();
        // GitHub's workflow commands are error, warning and notice.
        String command = p.severity() == io.github.venues.problem.Severity.NOTE ? "notice" : p.severity().label();
        StringBuilder sb = new StringBuilder("::").append(command)
                .append(" file=").append(property(p.location().file()));
        if (p.location().line() > 0) {
            sb.append(",line=").append(p.location().line()).append(",col=").append(p.location().column());
        }
        return sb.append("::").append(data(p.text())).toString();
    }

    // Escaping rules of GitHub's workflow commands.
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
