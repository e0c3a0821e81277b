#!/usr/bin/env python3
# test-html-export-browser.py: no code from reports runs in an HTML export.
#
# Copyright 2026 The Corroborate authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Exports reports full of <script>, on*= handlers and javascript: links with
# `corroborate --export=html`, opens the export in headless Chromium with no
# network, and checks from the DOM Chromium dumps that nothing ran. A control
# page with the same scripts and no escaping must show them running, so the
# test cannot pass merely because the browser ran no scripts at all.
# Fails with one sentence when Chromium is not installed.

import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

MARKER = "PWNED"
# Each payload writes the marker, built at run time ('PW'+'NED'), into the
# title or the DOM: the escaped source text never contains it whole.
SET_TITLE = "document.title='PW'+'NED'"
SET_ATTR = "document.documentElement.setAttribute('data-ran','PW'+'NED')"

HOSTILE_LINES = [
    f"The council said on 4 March 2026 <script>{SET_TITLE}</script> that 12 engineers were sent.",
    f"A photo <img src=x onerror=\"{SET_ATTR}\"> showed 3 cracked supports, Mayor Ana Reyes said.",
    f"Read the 40-page report <a href=\"javascript:{SET_TITLE}\">on the council site</a>, officials said.",
    f"\"It cost $2.4 million <svg onload={SET_ATTR}>\", said engineer Tom Okafor on Monday.",
    f"</td></tr></table><script>{SET_ATTR}</script> About 12,000 vehicles cross daily.",
    f"<iframe srcdoc=\"<script>parent.{SET_TITLE}</script>\"></iframe> Repairs take 10 days.",
    f"<meta http-equiv=\"refresh\" content=\"0;url=javascript:{SET_TITLE}\"> Buses add 5 minutes.",
    f"<base href=\"javascript:{SET_TITLE}//\"><form action=\"javascript:{SET_TITLE}\"><button>2 votes</button></form>",
    f"<body onload=\"{SET_ATTR}\"><details open ontoggle=\"{SET_ATTR}\">7 members</details>",
    f"<style>@import 'javascript:{SET_TITLE}';</style><object data=\"javascript:{SET_TITLE}\"></object> 60 percent.",
]

HOSTILE_HTML = f"""<!DOCTYPE html><html><head><title>Bridge &lt;script&gt;{SET_TITLE}&lt;/script&gt;</title>
<script>{SET_TITLE}</script></head><body><article><h1>Bridge closed for 10 days</h1>
<p>Engineers found 2 cracked supports &lt;img src=x onerror="{SET_ATTR}"&gt; on 4 March 2026.</p>
<p onclick="{SET_ATTR}">Repairs will cost $2.4 million, Mayor Ana Reyes said.</p>
<p><a href="javascript:{SET_TITLE}">About 12,000 vehicles</a> cross the bridge daily.</p>
<img src="data:," onerror="{SET_ATTR}"></article></body></html>
"""

CONTROL = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head>
<body><p>control</p><script>{SET_TITLE}</script>
<img src="data:," onerror="{SET_ATTR}"></body></html>
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def dump_dom(browser, path, profile):
    # No network: every host resolves to nothing and no proxy is reachable.
    argv = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9", "--virtual-time-budget=2000",
            f"--user-data-dir={profile}", "--dump-dom", "file://" + path]
    env = dict(os.environ)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
    if result.returncode != 0 or "<html" not in result.stdout:
        sys.stderr.write(result.stderr[-3000:])
        raise SystemExit(f"Bail out! chromium failed on {path} (exit {result.returncode})")
    return result.stdout


class Audit(html.parser.HTMLParser):
    """Collects whatever could run code in the dumped DOM."""

    ACTIVE_TAGS = {"script", "iframe", "object", "embed", "base", "form", "frame", "frameset"}

    def __init__(self):
        super().__init__()
        self.problems = []
        self.csp = None
        self.title = ""
        self.in_title = False
        self.text = []

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag in self.ACTIVE_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = attrs.get("content", "")
        elif tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> handler")
            if name in ("href", "src", "action", "data", "formaction", "srcdoc") and \
                    "javascript:" in value.replace(" ", "").lower():
                self.problems.append(f"<{tag} {name}=javascript:…>")
        self.in_title = tag == "title"

    def handle_endtag(self, tag):
        self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        self.text.append(data)


checks = 0


def check(ok, message, failures):
    global checks
    checks += 1
    print(("ok %d - " % checks if ok else "not ok %d - " % checks) + message)
    if not ok:
        failures.append(message)


def main():
    browser = chromium()
    if browser is None:
        print("Bail out! chromium is not installed: install Debian's chromium package "
              "(build-aux/corroborate-dev test does)")
        return 1
    binary = os.environ.get("COR_BINARY")
    if not binary or not os.path.exists(binary):
        print("Bail out! COR_BINARY is not set to the built corroborate")
        return 1

    failures = []
    with tempfile.TemporaryDirectory(prefix="cor-html-") as tmp:
        reports = []
        for i, outlet in enumerate(["courier", "herald"]):
            path = os.path.join(tmp, f"{outlet}<img src=x onerror={SET_ATTR.replace('/', '')}>.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("Bridge <script>closed</script> after storm\n\n")
                f.write("\n".join(HOSTILE_LINES[i:] + HOSTILE_LINES[:i]) + "\n")
            reports.append(path)
        page = os.path.join(tmp, "gazette.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(HOSTILE_HTML)
        reports.append(page)

        export = os.path.join(tmp, "export.html")
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(LC_ALL="C.UTF-8", LANGUAGE="C")
        run = subprocess.run([binary, "--export=html", "--published=2026-03-04", "--output=" + export] + reports,
                             capture_output=True, text=True, env=env, timeout=120)
        check(run.returncode in (0, 1) and os.path.exists(export),
              f"corroborate --export=html wrote the export (exit {run.returncode})", failures)
        if failures:
            sys.stderr.write(run.stderr)
            return 1

        control = os.path.join(tmp, "control.html")
        with open(control, "w", encoding="utf-8") as f:
            f.write(CONTROL)
        profile = os.path.join(tmp, "profile")
        control_dom = dump_dom(browser, control, profile)
        check(control_dom.count(MARKER) >= 2, "the control page's scripts run in this browser", failures)

        dom = dump_dom(browser, export, profile)
        audit = Audit()
        audit.feed(dom)
        text = "".join(audit.text)

        check(MARKER not in dom, "no script of the reports ran (no marker in the DOM)", failures)
        check(audit.title.strip() != "" and MARKER not in audit.title,
              f"the title is the export's own: {audit.title.strip()!r}", failures)
        check(not audit.problems, "no active element, handler or javascript: URL: "
              + ", ".join(sorted(set(audit.problems))), failures)
        check(audit.csp is not None and ("script-src 'none'" in audit.csp or
                                         ("default-src 'none'" in audit.csp and "script-src" not in audit.csp)),
              f"a Content-Security-Policy forbids scripts: {audit.csp!r}", failures)
        # The hostile strings reached the page — as text.
        check("onerror=" in text and "<script>" in text,
              "the reports' markup is shown as text", failures)

    print(f"1..{checks}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
