package io.github.venues.workflows;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two GitHub workflows say what the contributor workflow promises. actionlint runs in .ci/run. */
class WorkflowsTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> workflow(String name) throws IOException {
        String text = Files.readString(Path.of(".github/workflows", name));
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) map(map(workflow.get("jobs")).get(job)).get("steps");
    }

    static List<String> runs(List<Map<String, Object>> steps) {
        return steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList();
    }

    static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream().filter(s -> s.containsKey("uses")).map(s -> (String) s.get("uses")).toList();
    }

    @Test
    void pullRequestsAreValidatedWithAnnotationsTestedAndBuilt() throws IOException {
        Map<String, Object> wf = workflow("pull-request.yml");
        assertTrue(map(wf.get("on")).containsKey("pull_request"));
        assertEquals(Map.of("contents", "read"), wf.get("permissions"));
        List<Map<String, Object>> steps = steps(wf, "check");
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4"), uses(steps));
        Map<String, Object> java = map(steps.get(1).get("with"));
        assertEquals("17", java.get("java-version"));
        assertEquals("maven", java.get("cache"));
        List<String> runs = runs(steps);
        assertEquals("./venues validate --format github", runs.get(0));
        assertTrue(runs.stream().anyMatch(r -> r.contains("mvn -B verify")));
        assertTrue(runs.stream().anyMatch(r -> r.equals("./venues build")));
    }

    @Test
    void aStaleReadmeIsShownInTheSummaryAndNeverFailsAPullRequest() throws IOException {
        List<String> runs = runs(steps(workflow("pull-request.yml"), "check"));
        String freshness = runs.stream().filter(r -> r.contains("./venues check")).findFirst().orElseThrow();
        assertTrue(freshness.startsWith("if ./venues check"), "the check's exit status is consumed by if: " + freshness);
        assertTrue(freshness.contains("$GITHUB_STEP_SUMMARY"));
        assertTrue(freshness.contains("```diff"));
    }

    @Test
    void mainBuildsCommitsTheReadmeBackWithoutALoopAndDeploysToPages() throws IOException {
        Map<String, Object> wf = workflow("deploy.yml");
        assertEquals(List.of("main"), map(map(wf.get("on")).get("push")).get("branches"));
        assertEquals("pages", map(wf.get("concurrency")).get("group"));
        assertEquals(false, map(wf.get("concurrency")).get("cancel-in-progress"));

        Map<String, Object> build = map(map(wf.get("jobs")).get("build"));
        assertEquals("github.actor != 'github-actions[bot]'", build.get("if"));
        assertEquals(Map.of("contents", "write"), build.get("permissions"));
        List<Map<String, Object>> steps = steps(wf, "build");
        List<String> runs = runs(steps);
        assertEquals("./venues build", runs.get(0));
        String commit = runs.get(1);
        assertTrue(commit.contains("git diff --quiet -- README.md"));
        assertTrue(commit.contains("github-actions[bot]"));
        assertTrue(commit.contains("[skip ci]"));
        assertTrue(commit.contains("git push"));
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v3"), uses(steps));
        assertEquals("site-output", map(steps.get(steps.size() - 1).get("with")).get("path"));

        Map<String, Object> deploy = map(map(wf.get("jobs")).get("deploy"));
        assertEquals("build", deploy.get("needs"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals("github-pages", map(deploy.get("environment")).get("name"));
        assertEquals(List.of("actions/deploy-pages@v4"), uses(steps(wf, "deploy")));
    }

    @Test
    void neitherWorkflowCanWriteOnAPullRequest() throws IOException {
        Map<String, Object> wf = workflow("pull-request.yml");
        assertFalse(String.valueOf(wf).contains("write"), "pull requests from forks get read-only tokens anyway");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSuggestAVenueFormAsksForEveryFieldOfTheSchema() throws IOException {
        String text = Files.readString(Path.of(".github/ISSUE_TEMPLATE/suggest-a-venue.yml"));
        Map<String, Object> form = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        List<String> ids = ((List<Map<String, Object>>) form.get("body")).stream()
                .filter(item -> item.containsKey("id")).map(item -> (String) item.get("id")).toList();
        Map<String, Object> schema = map(new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(Path.of("content/venue.schema.json").toFile(), Map.class));
        List<String> fields = map(schema.get("properties")).keySet().stream().filter(k -> !k.equals("editions")).toList();
        assertTrue(ids.containsAll(fields), "form " + ids + " lacks some of " + fields);
    }
}
