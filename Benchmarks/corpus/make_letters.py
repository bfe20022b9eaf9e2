#!/usr/bin/env python3
"""Writes the import corpus: filled Letters of Commitment of all three editions as .docx
files (python-docx), each with its ground truth (JSON), and the text conversions people
really make of them. Development time only; the results are committed under
Tests/LetterFilesTests/Corpus so the tests need nothing extra.

    pip install python-docx
    apt-get install libreoffice-writer-nogui pandoc poppler-utils
    python3 Benchmarks/corpus/make_letters.py

Every district, person, address and answer is invented. The layouts vary the way
filled forms do: contacts in tables, two on a line, on three lines; honorifics and
suffixes; labels typed before names; dates on the line under "Date:"; bulleted and
numbered points; long answers; headers and footers with the year and page numbers;
tracked changes; mailto: hyperlinks; content controls.
"""
import copy, json, os, random, shutil, subprocess, sys, tempfile
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EDITIONS = os.path.join(ROOT, "Sources/LetterDomain/Editions")
OUT = os.path.join(ROOT, "Tests/LetterFilesTests/Corpus")

DISTRICTS = [
    "Harlan Ridge Independent Schools", "Cumberland Gap County Schools", "Elkhorn Valley Public Schools",
    "Rockcastle Bend County School District", "Licking River Independent", "Greenbriar County Schools",
    "Pine Mountain Public Schools", "Salt Lick County Schools", "Tradewater Independent Schools",
    "Big Sandy Valley County School District", "Barren Fork Independent Schools", "Red Bird County Schools",
    "Kinniconick Public Schools", "Mud River County Schools", "Dix Dam Independent School District",
    "Cane Run County Schools", "Otter Creek Independent Schools", "Paint Lick County Schools",
    "Station Camp Public Schools", "Goose Creek County Schools", "Beaver Dam Independent Schools",
    "Sinking Spring County Schools", "Laurel Fork Public Schools", "Copper Creek County Schools",
    "Stoner Mill Independent Schools", "Hatcher Hollow County Schools", "Flat Lick Public Schools",
    "Slate Run County Schools", "Quicksand Independent Schools", "Bullskin County Schools",
]
FIRST = ["Karen", "Marcus", "Delia", "Tomas", "Renee", "Ellis", "Priya", "Jonah", "Wanda", "Curtis", "Imani", "Gregory",
         "Beatrice", "Luis", "Nadine", "Otis", "Hannah", "Rafael", "Shirley", "Dwayne", "Colleen", "Andre", "Mei", "Vernon"]
LAST = ["Holt", "Bell", "Okafor", "Reyes", "Whitaker", "Shepherd", "Raman", "Caudill", "Ferrell", "Napier", "Sizemore",
        "Abernathy", "Tackett", "Morales", "Combs", "Ritchie", "Delgado", "Pennington", "Mullins", "Baird", "Osei", "Hensley"]
TITLES = ["Chief Academic Officer", "Director of Innovation", "Instructional Supervisor", "Assistant Superintendent",
          "Director of Teaching and Learning", "District Assessment Coordinator", "Innovation Coach",
          "Principal, Elkhorn Middle School", "Deputy Superintendent"]
HONORIFICS = ["Dr.", "Mr.", "Ms.", "Mrs."]
SUFFIXES = ["Jr.", "III", "Sr.", "II"]
REFLECTION_SENTENCES = [
    "During the {prev} school year every middle school moved to competency-based grading in mathematics, and teachers met monthly to calibrate their scoring.",
    "We opened a student-led conference model in all four elementary schools; 92% of families attended at least one conference.",
    "Our high school piloted performance assessments in English and science, with community members serving on the review panels.",
    "The district's innovation team visited two schools in Ohio through the travel fund and brought back a plan for flexible scheduling.",
    "Teachers built learner profiles with students so that each student's goals, strengths and interests travel with them from grade to grade.",
    "We added an advisory period at the middle school so that every student meets weekly with one adult who knows them well.",
    "Our career academy partnered with three local employers, and forty juniors completed paid internships in the spring.",
    "Professional learning shifted from whole-district sessions to teacher-led labs, which teachers rated far more useful.",
    "We rewrote our graduate profile with students, families and employers, and it now guides our course offerings.",
    "Non-traditional instruction days were redesigned around projects, and attendance on those days rose to 94%.",
    "The board approved a seat-time waiver for two courses so that students can move on when they show mastery.",
    "A group of eighth graders presented their water-quality project to the county fiscal court in April.",
]
POINTS = [
    "Expand competency-based grading to all grade 6-8 mathematics and science courses",
    "Launch a defense of learning for every fifth and eighth grader",
    "Train twenty teacher leaders in designing performance assessments",
    "Open a second career pathway in health sciences with the regional hospital",
    "Build a district-wide portfolio platform so students keep evidence of learning from year to year",
    "Hold quarterly community showcases where students present their projects",
    "Revise the master schedule at the high school to allow a flexible intervention block",
    "Pilot student-led conferences at the high school with all ninth graders",
    "Create a mastery transcript for the class graduating in 2026",
    "Partner with two other KY ILN districts to score performance tasks together",
]
SHOWCASE = [
    "We would gladly host visits to our student-led conferences and share the protocols our teachers wrote.",
    "Our graduate profile work, including the family survey we used, could help other districts starting the same process.",
    "We are interested in sharing how we scheduled internships inside the school day without losing core instruction.",
    "Other districts could learn from our mistakes as well as our successes with competency-based grading; we are happy to talk about both.",
]


def load_edition(eid):
    with open(os.path.join(EDITIONS, f"edition-{eid}.json"), encoding="utf-8") as f:
        return json.load(f)


def person(rng, honorific=False, suffix=False):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    first, last = name.split()
    if suffix:
        name += rng.choice([", ", " "]) + rng.choice(SUFFIXES)
    if honorific:
        name = rng.choice(HONORIFICS) + " " + name
    return name, first, last


def email_for(first, last, domain, rng):
    style = rng.choice(["{f}.{l}", "{f0}{l}", "{f}{l}"])
    return style.format(f=first.lower(), l=last.lower(), f0=first[0].lower()) + "@" + domain


def domain_for(district):
    word = district.split()[0].lower()
    return f"{word}.kyschools.us"


# --- WordprocessingML pieces python-docx has no call for -----------------------------

def add_hyperlink(paragraph, url, text):
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_tracked(paragraph, inserted=None, deleted=None):
    """A tracked insertion (kept) or deletion (left out) at the end of the paragraph."""
    if deleted:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), "901"); d.set(qn("w:author"), "Reviewer"); d.set(qn("w:date"), "2020-05-01T10:00:00Z")
        r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = deleted
        r.append(t); d.append(r); paragraph._p.append(d)
    if inserted:
        i = OxmlElement("w:ins")
        i.set(qn("w:id"), "902"); i.set(qn("w:author"), "Reviewer"); i.set(qn("w:date"), "2020-05-01T10:00:00Z")
        r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = inserted
        r.append(t); i.append(r); paragraph._p.append(i)


def wrap_in_content_control(paragraph, tag):
    """Moves the paragraph's runs into a w:sdt (a content control), as form templates do."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for r in list(paragraph._p.findall(qn("w:r"))):
        content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def add_bookmark(paragraph, name):
    start = OxmlElement("w:bookmarkStart"); start.set(qn("w:id"), "7"); start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd"); end.set(qn("w:id"), "7")
    paragraph._p.insert(1, start)
    paragraph._p.append(end)


def add_page_field(paragraph):
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r.append(f)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = text; r.append(it)
        else:
            t = OxmlElement("w:t"); t.text = text; r.append(t)
        paragraph._p.append(r)


# --- one letter -------------------------------------------------------------------------

def make_truth(n, eid, edition, rng):
    district = DISTRICTS[n]
    start = {"2015-2016": 2015, "2019-2020": 2019, "2022-2023": 2022}[eid] + rng.choice([0, 0, 1, 2])
    if eid == "2015-2016":
        start = 2015 + rng.choice([0, 0, 1])
    year = f"{start}-{start + 1}"
    domain = domain_for(district)
    truth = {"edition": eid, "schoolYear": year, "districtName": district}
    if eid != "2015-2016":
        sname, sf, sl = person(rng, honorific=rng.random() < 0.5, suffix=rng.random() < 0.25)
        truth["superintendent"] = {"name": sname, "email": email_for(sf, sl, domain, rng)}
        contacts = []
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            cname, cf, cl = person(rng, honorific=rng.random() < 0.3, suffix=rng.random() < 0.2)
            contacts.append({"name": cname, "title": rng.choice(TITLES), "email": email_for(cf, cl, domain, rng)})
        truth["contacts"] = contacts
    reflections = {}
    for section in edition["sections"]:
        for block in section["blocks"]:
            if block["kind"] != "prompt" or block["prompt"]["answer"] != "text":
                continue
            pid = block["prompt"]["id"]
            if pid == "showcase":
                reflections[pid] = rng.choice(SHOWCASE)
                continue
            paragraphs = []
            for _ in range(rng.choice([1, 2, 3])):
                sentences = rng.sample(REFLECTION_SENTENCES, rng.choice([2, 3, 4]))
                paragraphs.append(" ".join(s.format(prev=f"{start - 1}-{start}") for s in sentences))
            reflections[pid] = "\n\n".join(paragraphs)
    truth["reflections"] = reflections
    truth["actions"] = rng.sample(POINTS, rng.choice([2, 3, 3, 4]))
    truth["districtDate"] = f"{start}-{rng.choice([6, 7, 8, 9])}-{rng.randint(1, 28):02d}".replace("-6-", "-06-").replace("-7-", "-07-").replace("-8-", "-08-").replace("-9-", "-09-")
    truth["kdeDate"] = None if rng.random() < 0.2 else f"{start}-{rng.choice([9, 10])}-{rng.randint(1, 28):02d}".replace("-9-", "-09-")
    return truth


def us_date(iso, rng, style):
    y, m, d = (int(x) for x in iso.split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return {"short": f"{m}/{d}/{y % 100:02d}", "long": f"{m}/{d}/{y}", "iso": iso, "words": f"{months[m - 1]} {d}, {y}"}[style]


def fill_edition_text(text, truth):
    return text.replace("{district}", truth["districtName"])


class Writer:
    def __init__(self, truth, rng, layout):
        self.truth, self.rng, self.layout = truth, rng, layout
        self.doc = Document()

    def para(self, text="", style=None, bold=False):
        p = self.doc.add_paragraph(style=style)
        if text:
            run = p.add_run(text)
            run.bold = bold
        return p

    def email_run(self, paragraph, email):
        if self.layout["mailto"]:
            add_hyperlink(paragraph, "mailto:" + email, email)
        else:
            paragraph.add_run(email)

    def header_footer(self):
        section = self.doc.sections[0]
        if self.layout["header_year"]:
            section.header.paragraphs[0].text = f"Letter of Commitment {self.truth['schoolYear']}"
        footer = section.footer.paragraphs[0]
        footer.add_run(f"{self.truth['districtName']} \u2013 page ")
        add_page_field(footer)

    def contacts_section(self, edition_fields):
        t, rng, L = self.truth, self.rng, self.layout
        sup = t["superintendent"]
        for field, label in edition_fields:
            if field == "district":
                if L["contact_table"]:
                    continue
                p = self.para(label + (" " if L["inline"] else ""))
                target = p if L["inline"] else self.para()
                run = target.add_run(t["districtName"])
                if L["sdt"]:
                    wrap_in_content_control(target, "district")
                if L["bookmark"]:
                    add_bookmark(target, "DistrictName")
            elif field == "superintendent":
                if L["contact_table"]:
                    table = self.doc.add_table(rows=3, cols=2)
                    table.style = "Table Grid"
                    table.cell(0, 0).text = edition_fields[0][1]
                    table.cell(0, 1).text = t["districtName"]
                    table.cell(1, 0).text = label
                    table.cell(1, 1).text = sup["name"] + ", "
                    self.email_run(table.cell(1, 1).paragraphs[0], sup["email"])
                    table.cell(2, 0).text = edition_fields[2][1]
                    cell = table.cell(2, 1)
                    for i, c in enumerate(t["contacts"]):
                        cp = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                        cp.add_run(f"{c['name']}, {c['title']}, ")
                        self.email_run(cp, c["email"])
                    continue
                style = L["super_style"]
                p = self.para(label + " " if L["inline"] else label)
                target = p if L["inline"] else self.para()
                if style == "labelled":
                    target.add_run(f"Superintendent: {sup['name']}, ")
                    self.email_run(target, sup["email"])
                elif style == "two-lines":
                    target.add_run(sup["name"])
                    self.email_run(self.para(), sup["email"])
                elif style == "angle":
                    target.add_run(f"{sup['name']} <{sup['email']}>")
                else:
                    target.add_run(f"{sup['name']}, ")
                    self.email_run(target, sup["email"])
            elif field == "contacts":
                if L["contact_table"]:
                    continue
                self.para(label)
                self.contacts(t["contacts"])

    def contacts(self, contacts):
        style = self.layout["contacts_style"]
        if style == "table":
            table = self.doc.add_table(rows=1 + len(contacts), cols=3)
            table.style = "Table Grid"
            for i, h in enumerate(["Name", "Title", "Email"]):
                table.cell(0, i).text = h
            for r, c in enumerate(contacts, start=1):
                table.cell(r, 0).text = c["name"]
                table.cell(r, 1).text = c["title"]
                self.email_run(table.cell(r, 2).paragraphs[0], c["email"])
        elif style == "one-line":
            p = self.para()
            for i, c in enumerate(contacts):
                if i:
                    p.add_run("; ")
                p.add_run(f"{c['name']}, {c['title']}, ")
                self.email_run(p, c["email"])
        elif style == "three-lines":
            for i, c in enumerate(contacts):
                if i:
                    self.para()
                self.para(c["name"]); self.para(c["title"])
                self.email_run(self.para(), c["email"])
        else:
            sep = {"slash": "/", "comma": ", ", "dash": " \u2013 "}[style]
            for c in contacts:
                p = self.para(style="List Bullet" if self.layout["contact_bullets"] else None)
                p.add_run(f"{c['name']}{sep}{c['title']}{sep}")
                self.email_run(p, c["email"])

    def answer(self, text):
        paragraphs = text.split("\n\n")
        for i, para in enumerate(paragraphs):
            p = self.para()
            if self.layout["tracked"] and i == len(paragraphs) - 1:
                # The last sentence was typed with tracked changes on: one deletion, one insertion.
                head, _, tail = para.rpartition(" ")
                p.add_run(head + " ")
                add_tracked(p, inserted=tail, deleted="(draft wording) ")
            else:
                p.add_run(para)

    def points(self, points):
        style = self.layout["points_style"]
        for i, point in enumerate(points):
            if style == "bullet":
                self.para(point, style="List Bullet")
            elif style == "number":
                self.para(point, style="List Number")
            elif style == "typed-number":
                self.para(f"{i + 1}. {point}")
            else:
                self.para(f"\u2022 {point}")

    def signatures(self, edition):
        t, rng, L = self.truth, self.rng, self.layout
        ds = us_date(t["districtDate"], rng, L["date_style"])
        ks = us_date(t["kdeDate"], rng, L["date_style"]) if t["kdeDate"] else ""
        eid = edition["id"]
        if eid == "2015-2016":
            kde, district = edition["signatories"][0]["label"], edition["signatories"][1]["label"]
            for caption, date in ((kde, ks), (district, ds)):
                if L["date_place"] == "above":
                    self.para("_" * 30 + "\t\t" + date)
                    self.para(caption + "\tDate:")
                else:
                    self.para("_" * 30)
                    self.para(caption + "\tDate: " + date)
                self.para()
        elif eid == "2019-2020":
            for sig, date in zip(edition["signatories"], (ds, ks)):
                self.para(sig["label"])
                self.para()
                if L["date_place"] == "under":
                    self.para("Date:")
                    self.para(date)
                else:
                    self.para(("Date: " + date).rstrip())
                self.para()
        else:
            if L["date_place"] == "table":
                table = self.doc.add_table(rows=2, cols=2)
                table.cell(0, 0).text = "_" * 30
                table.cell(0, 1).text = ds
                table.cell(1, 0).text = edition["signatories"][0]["label"]
                table.cell(1, 1).text = "Date"
            else:
                self.para("_" * 30 + "\t\t\t" + ds)
                self.para(edition["signatories"][0]["label"] + "\t\tDate")
            self.para()
            self.para(("_" * 30 + "\t\t\t" + ks).rstrip())
            designee = edition["kdeDesignee"]
            self.para(f"{designee['name']}, {designee['title']}")
            self.para(edition["signatories"][1]["label"])

    def write(self, edition):
        t, L = self.truth, self.layout
        self.header_footer()
        for line in edition["headerLines"]:
            if line.startswith("20"):
                line = t["schoolYear"].replace("-", " - " if " - " in line else "-")
            self.para(line, bold=True)
        for section in edition["sections"]:
            if section.get("heading"):
                self.doc.add_heading(section["heading"], level=2)
            fields = [(b["field"], b["label"]) for b in section["blocks"] if b["kind"] == "field"]
            if fields:
                self.contacts_section(fields)
            for block in section["blocks"]:
                kind = block["kind"]
                if kind == "paragraph":
                    self.para(fill_edition_text(block["text"], t))
                elif kind == "subheading":
                    self.para(block["text"], bold=True)
                elif kind == "list":
                    style = "List Number" if block.get("style") == "numbered" else "List Bullet"
                    for item in block["items"]:
                        text = (item["title"] + " " + item["text"]) if item.get("title") else item["text"]
                        self.para(text, style=style)
                elif kind == "prompt":
                    prompt = block["prompt"]
                    self.para(prompt["text"] + (" " + prompt["note"] if prompt.get("note") else ""))
                    if prompt["answer"] == "points":
                        self.points(t["actions"])
                    else:
                        self.answer(t["reflections"][prompt["id"]])
                elif kind == "signatures":
                    self.signatures(edition)
        if edition.get("formDate"):
            self.para(edition["formDate"])
        for line in edition["returnTo"]["text"]:
            self.para(line)


def layout_for(n, rng):
    return {
        "inline": n % 3 != 0,
        "contact_table": n % 10 == 4,
        "super_style": ["comma", "labelled", "two-lines", "angle"][n % 4],
        "contacts_style": ["slash", "table", "one-line", "three-lines", "comma", "dash"][n % 6],
        "contact_bullets": n % 4 == 1,
        "points_style": ["bullet", "number", "typed-number", "typed-bullet"][n % 4],
        "date_style": ["short", "long", "words", "long"][n % 4],
        "date_place": None,
        "header_year": n % 3 != 1,
        "mailto": n % 2 == 0,
        "tracked": n % 5 == 2,
        "sdt": n % 4 == 3,
        "bookmark": n % 7 == 5,
    }


def convert(docx, stem, workdir):
    """The text files people make of a letter, each named by how it was made."""
    out = {}
    if os.path.dirname(docx) != workdir:
        shutil.copy(docx, workdir)
        docx = os.path.join(workdir, stem + ".docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", workdir, docx],
                   check=True, capture_output=True)
    lo = open(os.path.join(workdir, stem + ".txt"), encoding="utf-8-sig").read()
    out["libreoffice"] = lo.encode("utf-8")
    out["pandoc"] = subprocess.run(["pandoc", "-t", "plain", docx], check=True, capture_output=True).stdout
    out["fold72"] = subprocess.run(["fold", "-s", "-w", "72"], input=lo.encode("utf-8"), check=True, capture_output=True).stdout
    crlf = lo.replace("\r\n", "\n").replace("\n", "\r\n")
    out["utf16"] = b"\xff\xfe" + crlf.encode("utf-16-le")
    out["ansi"] = crlf.encode("cp1252", errors="replace")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, docx], check=True, capture_output=True)
    out["pdftotext"] = subprocess.run(["pdftotext", os.path.join(workdir, stem + ".pdf"), "-"], check=True, capture_output=True).stdout
    return out


def main():
    editions = {eid: load_edition(eid) for eid in ("2015-2016", "2019-2020", "2022-2023")}
    order = ["2015-2016", "2019-2020", "2022-2023"]
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    work = tempfile.mkdtemp()
    for n in range(30):
        rng = random.Random(1700 + n)
        eid = order[n % 3]
        edition = editions[eid]
        truth = make_truth(n, eid, edition, rng)
        layout = layout_for(n, rng)
        layout["date_place"] = {"2015-2016": ["above", "same"], "2019-2020": ["under", "same"], "2022-2023": ["line", "table"]}[eid][n // 3 % 2]
        if eid == "2015-2016" or not layout["header_year"]:
            pass
        writer = Writer(truth, rng, layout)
        writer.write(edition)
        stem = f"letter-{n + 1:02d}-{eid}"
        path = os.path.join(OUT, stem + ".docx")
        writer.doc.core_properties.created = __import__("datetime").datetime(2020, 1, 1)
        writer.doc.save(path)
        # The year printed in the form's own lines: the 2015 and 2022 forms print it;
        # the 2019 form only where the district put it in the page header.
        truth["formYear"] = truth["schoolYear"] if eid != "2019-2020" or layout["header_year"] else None
        truth["layout"] = layout
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
        # Text is saved from the letter as it reads with its tracked changes accepted
        # (Word's plain-text save; LibreOffice would otherwise keep deleted words).
        accepted = path
        if layout["tracked"]:
            clean = Writer(truth, random.Random(0), dict(layout, tracked=False))
            clean.write(edition)
            accepted = os.path.join(work, stem + ".docx")
            clean.doc.save(accepted)
        for how, data in convert(accepted, stem, work).items():
            with open(os.path.join(OUT, f"{stem}.{how}.txt"), "wb") as f:
                f.write(data)
        print(stem, file=sys.stderr)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
