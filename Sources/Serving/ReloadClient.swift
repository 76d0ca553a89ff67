/// The files only `hiroba serve` adds: a script that listens for rebuilds and reloads
/// the page, and the style of the overlay that lists content errors. They are separate
/// files, never inline, because every page's Content-Security-Policy allows only the
/// site's own scripts and style sheets.
enum ReloadClient {
    static let scriptPath = "/__hiroba/reload.js"
    static let stylePath = "/__hiroba/overlay.css"
    static let eventsPath = "/__hiroba/events"
    static let statusPath = "/__hiroba/status"

    /// The tag added before `</body>` of every HTML page served; `g` is the site's
    /// generation when the page was served, so a page that missed a reload catches up.
    static func tag(generation: Int) -> String {
        "<script src=\"\(scriptPath)?g=\(generation)\" defer></script>\n"
    }

    static let script = """
        // hiroba serve: reload on rebuild, show content errors over the page.
        (function () {
          'use strict';
          var own = document.currentScript ? new URL(document.currentScript.src).searchParams.get('g') : null;
          // The page's path tells the server which page to render first after an edit.
          var source = new EventSource('\(eventsPath)?page=' + encodeURIComponent(location.pathname));
          function overlay(errors) {
            var old = document.getElementById('hiroba-overlay');
            if (old) old.remove();
            if (!errors || errors.length === 0) return;
            if (!document.getElementById('hiroba-overlay-style')) {
              var link = document.createElement('link');
              link.id = 'hiroba-overlay-style';
              link.rel = 'stylesheet';
              link.href = '\(stylePath)';
              document.head.appendChild(link);
            }
            var box = document.createElement('section');
            box.id = 'hiroba-overlay';
            box.className = 'hiroba-overlay';
            box.setAttribute('role', 'alert');
            var h = document.createElement('h2');
            h.textContent = '内容にエラーがあります / The content has errors';
            box.appendChild(h);
            var p = document.createElement('p');
            p.textContent = '直すまで前回のサイトを表示しています。 / Showing the last good site until they are fixed.';
            box.appendChild(p);
            var list = document.createElement('ol');
            errors.forEach(function (e) {
              var item = document.createElement('li');
              var place = document.createElement('code');
              place.textContent = e.place + ' ' + e.code;
              item.appendChild(place);
              [['ja', e.ja], ['en', e.en]].forEach(function (pair) {
                var message = document.createElement('p');
                message.lang = pair[0];
                message.textContent = pair[1];
                item.appendChild(message);
              });
              list.appendChild(item);
            });
            box.appendChild(list);
            document.body.appendChild(box);
          }
          source.addEventListener('hello', function (event) {
            var status = JSON.parse(event.data);
            if (own !== null && String(status.generation) !== own) { location.reload(); return; }
            overlay(status.errors);
          });
          source.addEventListener('status', function (event) { overlay(JSON.parse(event.data).errors); });
          source.addEventListener('reload', function () { location.reload(); });
        })();

        """

    static let style = """
        .hiroba-overlay {
          position: fixed; inset: auto 1rem 1rem 1rem; z-index: 2147483647;
          max-height: 60vh; overflow: auto; padding: 1rem 1.25rem;
          background: #fff; color: #1a1a1a; border: 3px solid #b00020; border-radius: 6px;
          box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35); font: 15px/1.6 system-ui, sans-serif;
        }
        .hiroba-overlay h2 { margin: 0 0 0.5rem; font-size: 1.1rem; color: #b00020; }
        .hiroba-overlay ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
        .hiroba-overlay li { margin-bottom: 0.5rem; }
        .hiroba-overlay li p { margin: 0; }
        .hiroba-overlay code { font-weight: bold; }

        """
}
