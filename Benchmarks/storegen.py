"""Makes realistic kyiln stores for the benchmark.

One template letter per edition is made with the real `kyiln` binary (`new`, then
`set` for every field the edition asks for, with real-length text), so the file
layout is exactly what kyiln writes. The other letters are copies of those
templates with their own district, year, people and answers, written with the
store's modes (folders 0700, files 0600), and one `kyiln list` per year then
builds the summary index through kyiln's own code.
"""

import json
import os
import random
import re
import subprocess

COUNTIES = """Adair Allen Anderson Ballard Barren Bath Bell Boone Bourbon Boyd Boyle Bracken Breathitt
Breckinridge Bullitt Butler Caldwell Calloway Campbell Carlisle Carroll Carter Casey Christian Clark
Clay Clinton Crittenden Cumberland Daviess Edmonson Elliott Estill Fayette Fleming Floyd Franklin
Fulton Gallatin Garrard Grant Graves Grayson Green Greenup Hancock Hardin Harlan Harrison Hart
Henderson Henry Hickman Hopkins Jackson Jefferson Jessamine Johnson Kenton Knott Knox Larue Laurel
Lawrence Lee Leslie Letcher Lewis Lincoln Livingston Logan Lyon Madison Magoffin Marion Marshall
Martin Mason McCracken McCreary McLean Meade Menifee Mercer Metcalfe Monroe Montgomery Morgan
Muhlenberg Nelson Nicholas Ohio Oldham Owen Owsley Pendleton Perry Pike Powell Pulaski Robertson
Rockcastle Rowan Russell Scott Shelby Simpson Spencer Taylor Todd Trigg Trimble Union Warren
Washington Wayne Webster Whitley Wolfe Woodford""".split()

INDEPENDENT = """Anchorage Ashland Augusta Barbourville Bardstown Beechwood Bellevue Berea Bowling-Green
Burgin Campbellsville Caverna Corbin Covington Danville Dawson-Springs Dayton East-Bernstadt
Elizabethtown Eminence Erlanger-Elsmere Fairview Fort-Thomas Frankfort Glasgow Harlan Hazard
Jackson Jenkins Ludlow Mayfield Middlesboro Murray Newport Owensboro Paducah Paintsville Paris
Pikeville Pineville Raceland-Worthington Russell Russellville Science-Hill Silver-Grove Somerset
Southgate Walton-Verona West-Point Williamsburg Williamstown""".split()

FIRST = "Amanda Brian Carla Derek Elena Frank Grace Henry Irene James Karen Luis Monica Nathan Olivia Paul Rachel Samuel Tanya Victor Wendy".split()
LAST = "Adams Baker Collins Dixon Evans Fowler Gibson Harris Ingram Jordan Keller Lewis Morgan Nolan Owens Porter Reed Stewart Turner Walker Young".split()
TITLES = ["Chief Academic Officer", "Director of Innovation", "Assistant Superintendent", "Instructional Coach",
          "District Assessment Coordinator", "Director of Teaching and Learning"]

WORDS = """students teachers learning district community families school year network innovation pilot
project-based competency personalized mastery pathways assessment feedback growth reflection showcase
schedule cohort classroom partners data instruction design career readiness portfolio defense
collaboration leadership culture coaching professional development grade level middle high elementary
rubric evidence outcomes engagement voice choice agency equity access transportation calendar
implementation evaluation survey results attendance advisory mentoring internship industry credentials
we our with the a and to of in for on at across through by each every this next more new""".split()


def district_names(count):
    """`count` district names: the 171 of a realistic list, then numbered copies."""
    base = [f"{c} County" for c in COUNTIES] + [f"{i.replace('-', ' ')} Independent" for i in INDEPENDENT]
    base = base[:171] if len(base) >= 171 else base
    names = []
    round_ = 1
    while len(names) < count:
        for name in base:
            if len(names) == count:
                break
            names.append(name if round_ == 1 else f"{name} {round_}")
        round_ += 1
    return names


def slug(name):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", name.lower())).strip("-")


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 22))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraphs(rng, count=None):
    count = count or rng.randint(3, 5)
    return "\n\n".join(" ".join(sentence(rng) for _ in range(rng.randint(4, 7))) for _ in range(count))


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(name, district):
    first, last = name.lower().split()
    return f"{first}.{last}@{slug(district).replace('-', '')[:20]}.kyschools.us"


YEARS = [f"{y}-{y + 1}" for y in range(2016, 2026)]


def edition_for(year):
    start = int(year[:4])
    if start >= 2022:
        return "2022-2023"
    if start >= 2019:
        return "2019-2020"
    return "2015-2016"


def run(kyiln, store, *args, stdin=None):
    result = subprocess.run([kyiln, "--store", store, *args], input=stdin, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"kyiln {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def make_templates(kyiln, folder, rng):
    """One filled letter per edition, made by the real binary; returns {edition: letter dict}."""
    store = os.path.join(folder, "template-store")
    templates = {}
    for year in ["2016-2017", "2020-2021", "2024-2025"]:
        name = "Template County"
        run(kyiln, store, "new", "--district", name, "--year", year)
        s = "template-county"
        findings = run(kyiln, store, "validate", s, "--year", year)
        paths = re.findall(r"error: ([A-Za-z0-9_.\-\[\]]+):", findings)
        superintendent = person(rng)
        contact = person(rng)
        values = [("superintendent.name", superintendent), ("superintendent.email", email(superintendent, name)),
                  ("contacts[0].name", contact), ("contacts[0].title", rng.choice(TITLES)),
                  ("contacts[0].email", email(contact, name))]
        for path in paths:
            if path.startswith("acknowledgements."):
                values.append((path, "true"))
            elif path.startswith("reflections."):
                values.append((path, paragraphs(rng)))
            elif path == "actions":
                for i in range(3):
                    values.append((f"actions[{i}]", " ".join(sentence(rng) for _ in range(2))))
        values += [("signatures.district.name", superintendent), ("signatures.district.title", "Superintendent")]
        for path, value in values:
            run(kyiln, store, "set", s, "--year", year, path, "-", stdin=value)
        with open(os.path.join(store, "letters", year, s + ".json")) as f:
            templates[edition_for(year)] = json.load(f)
    return templates


STATUSES_OLD = ["expired"] * 9 + ["terminated"]
STATUSES_NOW = ["draft", "draft", "in-review", "changes-requested", "approved", "signed", "active", "active", "active"]


def clone(template, name, year, rng, newest_year):
    letter = json.loads(json.dumps(template))
    letter["district"] = {"name": name, "slug": slug(name)}
    letter["schoolYear"] = year
    superintendent = person(rng)
    contact = person(rng)
    letter["superintendent"] = {"name": superintendent, "email": email(superintendent, name)}
    letter["contacts"] = [{"name": contact, "title": rng.choice(TITLES), "email": email(contact, name)}]
    letter["reflections"] = {key: paragraphs(rng) for key in template.get("reflections", {})}
    letter["actions"] = [" ".join(sentence(rng) for _ in range(2)) for _ in template.get("actions", [])]
    letter["signatures"]["district"]["name"] = superintendent
    letter["status"] = rng.choice(STATUSES_NOW if year == newest_year else STATUSES_OLD)
    start = int(year[:4])
    stamp = f"{start}-0{rng.randint(6, 9)}-{rng.randint(10, 28)}T{rng.randint(13, 21)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
    letter["createdAt"] = letter["updatedAt"] = stamp
    for entry in letter.get("history", []):
        entry["at"] = stamp
    return letter


def encode(letter):
    """kyiln's layout: pretty-printed, sorted keys, `" : "`, escaped slashes, final newline."""
    text = json.dumps(letter, indent=2, sort_keys=True, separators=(",", " : "), ensure_ascii=False)
    return (text.replace("/", "\\/") + "\n").encode()


def write_store(kyiln, store, templates, districts, years, rng):
    """Writes len(districts) x len(years) letters and builds the index with `kyiln list`."""
    old = os.umask(0o077)
    try:
        run(kyiln, store, "editions")  # creates the store folder and its format file
        newest = years[-1]
        total = 0
        for year in years:
            folder = os.path.join(store, "letters", year)
            os.makedirs(folder, mode=0o700, exist_ok=True)
            template = templates[edition_for(year)]
            for name in districts:
                path = os.path.join(folder, slug(name) + ".json")
                with open(path, "wb") as f:
                    f.write(encode(clone(template, name, year, rng, newest)))
                total += 1
    finally:
        os.umask(old)
    listing = subprocess.run([kyiln, "--store", store, "list"], capture_output=True, text=True)
    listed = len(listing.stdout.splitlines()) - 1  # the first line is the header
    if listing.returncode != 0 or listed != total:
        raise RuntimeError(f"kyiln list read {listed} of {total} letters "
                           f"(exit {listing.returncode}): {listing.stderr[:500]}")
    return total


def store_size(store):
    size = files = 0
    for base, _, names in os.walk(store):
        for n in names:
            size += os.path.getsize(os.path.join(base, n))
            files += 1
    return size, files
