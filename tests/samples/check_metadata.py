#!/usr/bin/env python3
"""`render --metadata` and `batch --metadata`: NAME.json and NAME.xml beside
each PDF. The notice's files equal the golden ones (tests/samples/golden/
thong-bao.json, thong-bao.xml; VANBAN_UPDATE_GOLDEN=1 rewrites them); both
parse (json, ElementTree), the XML's elements are in edXML's namespace, the
page count is the PDF's own (pdfinfo) and the report's annexes are listed.
Batch writes the same files as render.

    check_metadata.py VANBAN
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.join(REPO, "samples")
GOLDEN = os.path.join(HERE, "golden")
NS = "{http://www.mic.gov.vn/TBT/QCVN_102_2016}"
failures = 0


def check(cond, what):
    global failures
    if not cond:
        print("FAIL:", what)
        failures += 1


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def sidecar(out, name):
    """Checks NAME.json and NAME.xml against each other and the PDF; returns (json, xml root, bytes)."""
    j_bytes, x_bytes = read(os.path.join(out, name + ".json")), read(os.path.join(out, name + ".xml"))
    meta = json.loads(j_bytes.decode("utf-8"))
    root = ET.fromstring(x_bytes)
    check(root.tag == NS + "edXMLEnvelope", f"{name}.xml: root edXMLEnvelope in edXML's namespace, got {root.tag}")
    header = root.find(f"{NS}edXMLHeader/{NS}MessageHeader")
    check(header is not None, f"{name}.xml: edXMLHeader/MessageHeader")
    for element in ["From", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo", "ToPlaces", "OtherInfo"]:
        check(header.find(NS + element) is not None, f"{name}.xml: MessageHeader/{element}")
    pages = pdf_pages(os.path.join(out, name + ".pdf"))
    check(meta["so_trang"] == pages, f"{name}.json: so_trang {meta['so_trang']} = the PDF's {pages} pages")
    check(header.findtext(f"{NS}OtherInfo/{NS}PageAmount") == str(pages), f"{name}.xml: PageAmount = {pages}")
    check(header.findtext(f"{NS}Code/{NS}CodeNumber") == (meta["so"] or ""), f"{name}: CodeNumber = so")
    check(header.findtext(f"{NS}Code/{NS}CodeNotation") == meta["ky_hieu"], f"{name}: CodeNotation = ky_hieu")
    check(header.findtext(NS + "Subject") == meta["trich_yeu"], f"{name}: Subject = trich_yeu")
    check(header.findtext(f"{NS}SignerInfo/{NS}FullName") == meta["nguoi_ky"]["ho_ten"], f"{name}: FullName")
    annexes = [a.text for a in header.findall(f"{NS}OtherInfo/{NS}Appendixes/{NS}Appendix")]
    check(annexes == meta["phu_luc"], f"{name}: Appendix = phu_luc")
    return meta, root, (j_bytes, x_bytes)


def main():
    vanban = sys.argv[1]
    update = os.environ.get("VANBAN_UPDATE_GOLDEN") == "1"
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([vanban, "render", "thong-bao", os.path.join(SAMPLES, "thong-bao.yaml"), "-o", out, "--metadata"],
                       check=True, capture_output=True)
        meta, _, files = sidecar(out, "thong-bao")
        for ext, got in zip(["json", "xml"], files):
            golden = os.path.join(GOLDEN, "thong-bao." + ext)
            if update:
                with open(golden, "wb") as f:
                    f.write(got)
            check(os.path.exists(golden) and read(golden) == got,
                  f"thong-bao.{ext} differs from {golden} (VANBAN_UPDATE_GOLDEN=1 rewrites it; review the diff)")
        check(meta["nguoi_ky"]["tham_quyen"] == "TL. KT.", "the notice is signed TL. / KT.")

        # The report: annexes (Biểu 1–4) listed, pages counted with them.
        subprocess.run([vanban, "render", os.path.join(SAMPLES, "bao-cao-8-thang.vb"),
                        os.path.join(SAMPLES, "bao-cao-8-thang.yaml"), "-o", out, "--metadata"],
                       check=True, capture_output=True)
        report, _, _ = sidecar(out, "bao-cao-8-thang")
        check(len(report["phu_luc"]) == 4 and report["phu_luc"][0].startswith("Biểu 1"),
              f"the report lists its 4 annexes: {report['phu_luc']}")

        # A secret Party letter: `do_mat` in the front matter is printed CAPS in its frame
        # under the number (ô 10a) and is the JSON's do_mat; edXML has no element for it.
        with open(os.path.join(SAMPLES, "cong-van-dang.vb"), encoding="utf-8") as f:
            letter = f.read().replace("\nso: ", "\ndo_mat: tuyệt mật\nso: ", 1)
        secret_vb = os.path.join(out, "mat.vb")
        with open(secret_vb, "w", encoding="utf-8") as f:
            f.write(letter)
        subprocess.run([vanban, "render", secret_vb, "-o", out, "--metadata"], check=True, capture_output=True)
        secret, _, (_, secret_xml) = sidecar(out, "mat")
        check(secret["do_mat"] == "Tuyệt mật", f"do_mat in the JSON: {secret['do_mat']!r}")
        check("mật" not in secret_xml.decode("utf-8").lower(), "edXML has no secrecy element: nothing of do_mat in NAME.xml")
        text = subprocess.run(["pdftotext", "-layout", os.path.join(out, "mat.pdf"), "-"], check=True,
                              capture_output=True, text=True).stdout
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        at = [i for i, l in enumerate(lines) if l == "TUYỆT MẬT"]
        number = next((i for i, l in enumerate(lines) if l.startswith("Số ")), -1)
        greeting = next((i for i, l in enumerate(lines) if l.startswith("Kính gửi")), -1)
        check(len(at) == 1 and number < at[0] < greeting,
              f"TUYỆT MẬT on a line of its own between the number and Kính gửi: {lines[:12]}")

        # Without --metadata nothing but the PDF; batch writes what render writes.
        plain = os.path.join(out, "plain")
        subprocess.run([vanban, "render", "thong-bao", os.path.join(SAMPLES, "thong-bao.yaml"), "-o", plain],
                       check=True, capture_output=True)
        check(sorted(os.listdir(plain)) == ["thong-bao.pdf"], f"without --metadata only the PDF: {os.listdir(plain)}")
        batch = os.path.join(out, "batch")
        subprocess.run([vanban, "batch", "thong-bao", os.path.join(SAMPLES, "thong-bao.yaml"), "-o", batch,
                        "--metadata", "-j", "1"], check=True, capture_output=True)
        for ext in ["json", "xml"]:
            check(read(os.path.join(batch, "thong-bao." + ext)) == read(os.path.join(out, "thong-bao." + ext)),
                  f"batch --metadata: the same thong-bao.{ext} as render")
    if failures:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
