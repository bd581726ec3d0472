"""Fills unfinished entries of a Qt .ts file from tab-separated CONTEXT, SOURCE, TRANSLATION lines."""
import sys
import xml.etree.ElementTree as ET


def load(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected CONTEXT<TAB>SOURCE<TAB>TRANSLATION")
                context, source, text = (p.replace("\\n", "\n") for p in parts)
                table[(context, source)] = text
    return table


def main():
    ts_path, tsv_paths = sys.argv[1], [p for p in sys.argv[2:] if p.endswith(".tsv")]
    table = load(tsv_paths)
    tree = ET.parse(ts_path)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            known = table.get((name, source))
            if known is not None:
                if message.get("numerus") == "yes":
                    for child in list(translation):
                        translation.remove(child)
                    # Qt gives Georgian two plural forms; a Georgian noun after a number stays singular,
                    # so both forms are the same text.
                    for _ in range(2):
                        ET.SubElement(translation, "numerusform").text = known
                else:
                    translation.text = known
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or (
                message.get("numerus") == "yes" and len(translation.findall("numerusform")) < 2
            ):
                unfinished.append(f"{name}\t{source}")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(body if body.endswith("\n") else body + "\n")
    if unfinished:
        print(f"{len(unfinished)} unfinished in {ts_path}:")
        print("\n".join(unfinished))


main()
