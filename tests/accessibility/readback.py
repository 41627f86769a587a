"""The structure read back out of the web version with html.parser, as a screen reader walks it."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "col", "source"}


@dataclass
class ReadPost:
    title: str = ""
    details: str = ""
    unit: str = ""
    manager_ref: str | None = None
    manager_anchor: str = ""


@dataclass
class StructureReader(HTMLParser):
    """Posts of the list whose ids start with `prefix`: ref -> what the page says of it."""

    prefix: str
    posts: dict[str, ReadPost] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._open: list[tuple[str, dict[str, str]]] = []
        self._items: list[str] = []  # refs of the open <li>s
        self._units: list[str] = []
        self._anchors: dict[str, str] = {}
        self._capture: str = ""  # "title", "details", "unit" or ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag not in VOID:
            self._open.append((tag, values))
        classes = values.get("class", "").split()
        if (
            tag == "section"
            and "unit" in classes
            and values.get("aria-labelledby", "").startswith(self.prefix + "-")
        ):
            self._units.append("")
            self._capture = "unit"
        elif tag == "span" and "unit-facts" in classes:
            self._capture = ""
        elif (
            tag == "li"
            and "data-ref" in values
            and values.get("id", "").startswith(self.prefix + "-")
        ):
            ref = values["data-ref"]
            self._anchors[values["id"]] = ref
            self.posts[ref] = ReadPost(
                unit=self._units[-1].strip(), manager_ref=self._items[-1] if self._items else None
            )
            self._items.append(ref)
        elif tag == "span" and self._items and ("title" in classes or "details" in classes):
            self._capture = "title" if "title" in classes else "details"
        elif tag == "a" and self._items and self._inside("span", "manager"):
            self.posts[self._items[-1]].manager_anchor = values.get("href", "").lstrip("#")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        opened, values = self._open.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if (
            tag == "li"
            and "data-ref" in values
            and values.get("id", "").startswith(self.prefix + "-")
        ):
            self._items.pop()
        elif tag == "section" and values.get("aria-labelledby", "").startswith(
            self.prefix + "-unit"
        ):
            self._units.pop()
        elif tag == "span":
            self._capture = ""

    def handle_data(self, data: str) -> None:
        if self._capture == "unit" and self._units:
            self._units[-1] += data
        elif self._capture in ("title", "details"):
            post = self.posts[self._items[-1]]
            setattr(post, self._capture, getattr(post, self._capture) + data)

    def _inside(self, tag: str, css_class: str) -> bool:
        return any(t == tag and css_class in v.get("class", "").split() for t, v in self._open)

    def structure(self) -> dict[str, ReadPost]:
        for post in self.posts.values():
            if post.manager_anchor:
                post.manager_ref = self._anchors[post.manager_anchor]
        return self.posts


def read_structure(html: str, prefix: str) -> dict[str, ReadPost]:
    reader = StructureReader(prefix)
    reader.feed(html)
    reader.close()
    return reader.structure()
