"""Fill a Qt .ts file's unfinished translations from a Python dict (a one-off helper for translators).

Usage: python tools/fill_ts.py resources/i18n/commandcenter_zh_CN.ts table.py  (table.py defines ZH:
keys are the source text, or (source, disambiguation) pairs).
"""
from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    done, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        comment = message.find("comment")
        key = (source, comment.text) if comment is not None else source
        translation = message.find("translation")
        state = translation.get("type")
        if state not in ("unfinished", None) or (state is None and translation.text):
            continue  # finished translations stay as translated
        text = table.get(key, table.get(source))
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    count, missing = fill(sys.argv[1], runpy.run_path(sys.argv[2])["ZH"])
    print(f"{count} translated; missing: {missing}")
