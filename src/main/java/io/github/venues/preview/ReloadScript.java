package io.github.venues.preview;

/** The script the preview adds to each page: it waits for a newer build, then reloads. */
final class ReloadScript {

    static final String TEXT = """
            (function () {
              'use strict';
              var me = document.currentScript.src;
              var version = Number(new URL(me).searchParams.get('v'));
              function poll() {
                fetch('/__venues/version?since=' + version, { cache: 'no-store' })
                  .then(function (r) { return r.text(); })
                  .then(function (t) { if (Number(t) !== version) location.reload(); else poll(); })
                  .catch(function () { setTimeout(poll, 1000); });
              }
              poll();
            }());
            """;

    private ReloadScript() {
    }
}
