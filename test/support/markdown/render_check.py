"""Renders Markdown bodies the way GitHub does and reports what hostile input could have made live.

Reads JSON from stdin: {"bodies": [str], "trustedLinks": [str], "allowedRefs": [str],
"hostileMarkers": [str]}. Writes JSON: [{"html": str, "text": str, "problems": [str]}], one per body.

Rendering: cmark-gfm (PyPI `cmarkgfm`, GitHub's renderer) with the extensions GitHub turns on
(table, strikethrough, autolink, tagfilter, tasklist) and raw HTML passed through, as GitHub does
before its own sanitiser. Then GitHub's post-processing rules are applied to the text nodes outside
<code>, <pre> and <a>: @mentions (html-pipeline's MentionFilter pattern) and issue references
(#123, GH-123, owner/repo#123). One process renders a whole batch.
"""
import json
import re
import sys
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options

EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

# html-pipeline MentionFilter: (?:^|\W)@((?>[a-z0-9][a-z0-9-]*))(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)
# (Ruby's \W without /u is [^A-Za-z0-9_]). Looser on purpose: any @ + alphanumeric after a non-word.
MENTION = re.compile(r"(?:^|(?<=[^A-Za-z0-9_]))@[A-Za-z0-9]")
ISSUE_REF = re.compile(r"(?:^|(?<=[^A-Za-z0-9_]))(#[0-9]+|GH-[0-9]+)(?![A-Za-z0-9_])", re.I)
CROSS_REF = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(#[0-9]+)(?![A-Za-z0-9_])")

ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr",
    "th", "td", "code", "pre", "strong", "em", "del", "blockquote", "br", "hr", "a", "details",
    "summary", "sub", "div",
}
ALLOWED_ATTRS = {
    "a": {"href"}, "th": {"align"}, "td": {"align"}, "code": {"class"}, "pre": {"lang", "class"},
    "div": {"class"}, "details": {"open"}, "ol": {"start"},
}
IGNORE_PARENTS = {"code", "pre", "a"}
VOID = {"br", "hr", "img", "input"}
MARKER = re.compile(
    r"^ kfp-action:(?:[a-z-]+:[A-Za-z0-9._%+/=-]{1,100000}|footer|reviewed sha256:[0-9a-f]{64} [0-9a-f]{40}) $"
)


class Checker(HTMLParser):
    def __init__(self, trusted, allowed_refs, hostile_markers):
        super().__init__(convert_charrefs=True)
        self.trusted = trusted
        self.allowed_refs = allowed_refs
        self.hostile_markers = hostile_markers
        self.stack = []
        self.problems = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.check_tag(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def check_tag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"raw HTML element <{tag}>")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            elif name not in ALLOWED_ATTRS.get(tag, set()):
                self.problems.append(f"attribute {name}= on <{tag}>")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if not any(href.startswith(t) for t in self.trusted):
                self.problems.append(f"link to {href!r}")

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_comment(self, data):
        if self.stack:
            self.problems.append(f"HTML comment inside <{self.stack[-1]}>: <!--{data}-->")
        elif not MARKER.match(data):
            self.problems.append(f"HTML comment <!--{data}-->")
        elif any(h in data for h in self.hostile_markers):
            self.problems.append(f"hostile marker <!--{data}-->")

    def handle_decl(self, decl):
        self.problems.append(f"declaration <!{decl}>")

    def handle_pi(self, data):
        self.problems.append(f"processing instruction <?{data}>")

    def handle_data(self, data):
        self.text.append(data)
        if any(t in IGNORE_PARENTS for t in self.stack):
            return
        for m in MENTION.finditer(data):
            self.problems.append(f"mention {data[m.start():m.start() + 20]!r}")
        refs = [m.group(1) for m in ISSUE_REF.finditer(data)]
        refs += [m.group(1) for m in CROSS_REF.finditer(data) if m.group(1) not in refs]
        for ref in refs:
            if ref.upper() not in self.allowed_refs:
                self.problems.append(f"issue reference {ref!r}")


def main():
    req = json.load(sys.stdin)
    trusted = req.get("trustedLinks", [])
    refs = {r.upper() for r in req.get("allowedRefs", [])}
    hostile = req.get("hostileMarkers", [])
    out = []
    for body in req["bodies"]:
        html = cmarkgfm.markdown_to_html_with_extensions(
            body, options=Options.CMARK_OPT_UNSAFE, extensions=EXTENSIONS
        )
        checker = Checker(trusted, refs, hostile)
        checker.feed(html)
        checker.close()
        out.append({"html": html, "text": "".join(checker.text), "problems": checker.problems})
    json.dump(out, sys.stdout)


main()
