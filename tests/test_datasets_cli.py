"""`verify datasets`: import in every format, validation, list, show, search, remove; checked with SQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import sqlite_utils

DATA = Path(__file__).parent / "data" / "datasets"
COLUMNS = ["key", "person", "person_aliases", "office", "office_aliases", "country", "start_date", "end_date", "source"]


def chancellors() -> list[dict[str, str]]:
    with (DATA / "de_chancellors.csv").open(encoding="utf-8") as handle:
        return [{c: row[c] for c in COLUMNS} for row in csv.DictReader(handle)]


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    """The same rows as CSV, TSV, JSON (array) or JSONL, by suffix."""
    if path.suffix in (".csv", ".tsv"):
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, COLUMNS, delimiter="\t" if path.suffix == ".tsv" else ",")
            writer.writeheader()
            writer.writerows(rows)
    elif path.suffix == ".json":
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


OPTIONS = [
    "--kind",
    "office_holders",
    "--match-column",
    "person",
    "--alias-column",
    "person_aliases",
    "--alias-column",
    "office_aliases",
    "--date-column",
    "start_date",
    "--date-column",
    "end_date",
]


def tables(db_path: Path) -> set[str]:
    return set(sqlite_utils.Database(db_path).table_names())


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".json", ".jsonl"])
def test_import_each_format(run, db_path, tmp_path, suffix):
    path = write(tmp_path / f"chancellors{suffix}", chancellors())
    result = run("datasets", "import", path, "--name", "de", *OPTIONS, "--version", "2025-06")
    assert result.exit_code == 0, result.output
    assert "Imported de (office_holders, 4 rows, version 2025-06" in result.output
    db = sqlite_utils.Database(db_path)
    (record,) = db.query("select * from datasets")
    assert (record["name"], record["kind"], record["row_count"]) == ("de", "office_holders", 4)
    rows = list(db.query("select key, line, data_json from dataset_rows order by rownum"))
    assert [r["key"] for r in rows][:2] == ["de-chancellor-schroeder-1998", "de-chancellor-merkel-2005"]
    merkel = json.loads(rows[1]["data_json"])
    assert merkel["start_date"] == "2005-11-22" and merkel["person_aliases"] == ["Merkel"]
    assert merkel["end_date"] == "2021-12-08"
    # A name one typo away is found through the index.
    found = json.loads(run("datasets", "search", "de", "Angela Merkle", "--json").stdout)
    assert found["candidates"][0]["key"] == "de-chancellor-merkel-2005"


def test_import_with_a_manifest_beside_the_file(run, db_path):
    result = run("datasets", "import", DATA / "de_chancellors.csv")
    assert result.exit_code == 0, result.output
    shown = json.loads(run("datasets", "show", "de_chancellors", "--json").stdout)
    assert shown["kind"] == "office_holders"
    assert shown["version"] == "test-1"
    assert shown["rows"] == 4
    assert shown["license"] == "CC0-1.0"
    assert shown["source"] == "Wikipedia: Chancellor of Germany"
    assert shown["match_threshold"] == 88
    assert shown["origin"].startswith("imported from") and shown["origin"].endswith("de_chancellors.csv")
    assert len(shown["content_hash"]) == 64
    roles = {c["column"]: c["roles"] for c in shown["schema"]}
    assert roles["key"] == ["key"]
    assert roles["person"] == ["match"]
    assert roles["start_date"] == ["date"]
    assert roles["office_aliases"] == ["aliases"]
    text = run("datasets", "show", "de_chancellors").stdout
    assert "content hash:" in text and "start_date  (date)" in text


def test_a_bad_date_rejects_the_whole_file_and_keeps_nothing(run, db_path, tmp_path):
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    before = tables(db_path)
    rows = chancellors()
    rows[2]["start_date"] = "2021-13-08"  # line 4: header, then rows on lines 2, 3, 4
    path = write(tmp_path / "bad.csv", rows)
    result = run("datasets", "import", path, "--name", "bad", *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: {path}:4: column 'start_date': bad date '2021-13-08' (use YYYY-MM-DD)")
    assert len(result.stderr.strip().splitlines()) == 1
    db = sqlite_utils.Database(db_path)
    assert [r["name"] for r in db.query("select name from datasets")] == ["de_chancellors"]
    assert db.execute("select count(*) from dataset_rows").fetchone()[0] == 4
    assert tables(db_path) == before  # no index tables left behind


def test_a_missing_key_names_file_line_and_column(run, db_path, tmp_path):
    rows = chancellors()
    rows[1]["key"] = ""
    path = write(tmp_path / "nokey.jsonl", rows)
    result = run("datasets", "import", path, "--name", "nokey", *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {path}:2: column 'key': missing key"
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from datasets").fetchone()[0] == 0
    assert db.execute("select count(*) from dataset_rows").fetchone()[0] == 0


def test_an_undeclared_column_and_a_taken_name_are_refused(run, tmp_path):
    path = write(tmp_path / "c.csv", chancellors())
    result = run("datasets", "import", path, "--name", "c", "--date-column", "born")
    assert result.exit_code == 2 and "column 'born' (in date_columns) is not in the file" in result.stderr
    result = run("datasets", "import", path, "--name", "office_holders", *OPTIONS)
    assert result.exit_code == 2 and "plugin 'seed-datasets' already provides a dataset" in result.stderr
    assert run("datasets", "import", path, "--name", "c", *OPTIONS).exit_code == 0
    again = run("datasets", "import", path, "--name", "c", *OPTIONS)
    assert again.exit_code == 2 and "already imported" in again.stderr
    assert run("datasets", "import", path, "--name", "c", *OPTIONS, "--replace").exit_code == 0


def test_list_shows_plugin_and_imported_datasets_with_their_origin(run):
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    listed = {d["name"]: d for d in json.loads(run("datasets", "list", "--json").stdout)}
    assert listed["office_holders"]["origin"] == "plugin seed-datasets"
    assert listed["events"]["origin"] == "plugin seed-datasets"
    assert listed["de_chancellors"]["origin"].startswith("imported from")
    assert listed["de_chancellors"]["rows"] == 4
    table = run("datasets", "list").stdout
    assert "de_chancellors" in table and "plugin seed-datasets" in table


def test_search_lists_candidates_best_first_with_key_score_and_threshold(run):
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    result = run("datasets", "search", "de_chancellors", "Gerhard Schroder")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "threshold 88" in lines[0]
    first = lines[3].split()
    assert first[:2] == ["1", "de-chancellor-schroeder-1998"]
    assert "match" in lines[3]
    found = json.loads(run("datasets", "search", "office_holders", "Mr. Kim Jongun", "-n", "3", "--json").stdout)
    assert found["normalized"] == "kim jongun"
    assert [c["score"] for c in found["candidates"]] == [100.0, 100.0, 100.0]
    assert all("kim-jong-un" in c["key"] for c in found["candidates"])
    assert run("datasets", "search", "nope", "x").exit_code == 2


def test_remove_drops_rows_and_index(run, db_path):
    before = tables(db_path) if db_path.exists() else set()
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    assert any(t.startswith("dataset_") and t.endswith("_names") for t in tables(db_path))
    result = run("datasets", "remove", "de_chancellors")
    assert result.exit_code == 0 and "Removed de_chancellors." in result.output
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from datasets").fetchone()[0] == 0
    assert db.execute("select count(*) from dataset_rows").fetchone()[0] == 0
    assert db.execute("select count(*) from dataset_tokens").fetchone()[0] == 0
    assert not any(t.startswith("dataset_") and t[8:9].isdigit() for t in tables(db_path))
    assert before <= tables(db_path)
    assert "de_chancellors" not in run("datasets", "list").stdout
    again = run("datasets", "remove", "de_chancellors")
    assert again.exit_code == 2 and "no imported dataset is named 'de_chancellors'" in again.stderr


OWN_NAMES = {"key": "Id", "person": "Name", "office": "Role", "start_date": "From", "end_date": "To", "source": "URL"}


def test_a_manifest_names_a_files_own_columns_for_the_checkers(run, db_path, tmp_path):
    # the user's own table: other column names, and no short office names ("Chancellor")
    own = tmp_path / "kanzler.csv"
    with own.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(OWN_NAMES.values()))
        writer.writeheader()
        writer.writerows({OWN_NAMES[c]: row[c] for c in OWN_NAMES} for row in chancellors())
    manifest = tmp_path / "kanzler.toml"
    manifest.write_text(
        'name = "kanzler"\nkind = "office_holders"\nkey_column = "Id"\nmatch_columns = ["Name"]\n'
        'date_columns = ["From", "To"]\nsource_column = "URL"\n',
        encoding="utf-8",
    )
    refused = run("datasets", "import", manifest)
    assert refused.exit_code == 2
    assert "kind 'office_holders' needs the column(s) person, office, start_date" in refused.stderr
    assert "[columns]" in refused.stderr
    table = "\n[columns]\n" + "".join(f'{name} = "{column}"\n' for name, column in OWN_NAMES.items())
    manifest.write_text(manifest.read_text(encoding="utf-8") + table, encoding="utf-8")
    assert run("datasets", "import", manifest).exit_code == 0, run("datasets", "show", "kanzler").output
    stored = sqlite_utils.Database(db_path).execute("select data_json from dataset_rows limit 1").fetchone()[0]
    assert set(json.loads(stored)) == set(OWN_NAMES)  # rows keep the names the checkers read
    assert "person  (match; file column 'Name')" in run("datasets", "show", "kanzler").stdout

    article = tmp_path / "article.txt"
    text = "Chancellor Angela Merkel spoke in 2010.\n\nChancellor Gerhard Schröder spoke in 2010.\n"
    article.write_text(text, encoding="utf-8")
    result = run("check", article, "--published", "2024-01-01", "--format", "json")
    roles = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "role"]
    assert [(c["slots"]["person"], c["verdict"]["label"]) for c in roles] == [
        ("Angela Merkel", "SUPPORTED"),
        ("Gerhard Schröder", "REFUTED"),
    ], [c["verdict"]["explanation"] for c in roles]


def test_a_name_the_reference_data_knows_is_a_person_whatever_the_pipeline_says(run, tmp_path):
    # the small pipeline reads "Olaf Scholz" as an organisation; the imported chancellors know him
    article = tmp_path / "article.txt"
    article.write_text("German Chancellor Olaf Scholz spoke in 2023.\n\nGerman Chancellor Olaf Scholz spoke in 2019.\n")
    before = json.loads(run("claims", article, "--format", "json", "--all").stdout)["claims"]
    assert not [c for c in before if c["kind"] == "role"]
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    result = run("check", article, "--published", "2024-01-01", "--format", "json")
    roles = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "role"]
    assert [(c["slots"]["person"], c["verdict"]["label"]) for c in roles] == [
        ("Olaf Scholz", "SUPPORTED"),
        ("Olaf Scholz", "REFUTED"),  # Angela Merkel was chancellor in 2019
    ], [c["verdict"]["explanation"] for c in roles]


def test_the_dates_of_a_built_in_kind_are_dates_though_the_manifest_names_none(run, tmp_path, check_json):
    events = tmp_path / "openings.csv"
    events.write_text(
        "key,name,aliases,participants,start_date,end_date,place,source\n"
        "paris-2024-opening,Opening ceremony of the Paris 2024 Summer Olympics,Paris Olympics opened,France,"
        "2024-07-26,2024-07-26,Paris,https://en.wikipedia.org/wiki/2024_Summer_Olympics_opening_ceremony\n",
        encoding="utf-8",
    )
    (tmp_path / "openings.toml").write_text(
        'name = "openings"\nkind = "events"\nversion = "1"\nmatch_columns = ["name", "aliases"]\n'
        'alias_columns = ["aliases", "participants"]\n',  # no date_columns
        encoding="utf-8",
    )
    assert run("datasets", "import", tmp_path / "openings.toml").exit_code == 0
    document = check_json("The Paris Olympics opened on July 26, 2024.\n", "--published", "2024-08-01")
    (opening,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert opening["verdict"]["label"] == "SUPPORTED", opening["verdict"]


WALESA = {
    "key": "pl-president-walesa-1990",
    "person": "Lech Wałęsa",
    "person_aliases": "Wałęsa",
    "office": "President of Poland",
    "office_aliases": "president",
    "country": "Poland",
    "start_date": "1990-12-22",
    "end_date": "1995-12-22",
    "source": "https://en.wikipedia.org/wiki/Lech_Wa%C5%82%C4%99sa",
}


def test_letters_unicode_does_not_decompose_are_folded_as_english_spells_them(run, db_path, tmp_path):
    path = write(tmp_path / "poland.csv", [WALESA])
    assert run("datasets", "import", path, "--name", "poland", *OPTIONS).exit_code == 0
    found = json.loads(run("datasets", "search", "poland", "Lech Walesa", "--json").stdout)
    assert [(c["key"], c["score"]) for c in found["candidates"]] == [("pl-president-walesa-1990", 100.0)]

    # a log whose index was built before names were folded so is indexed anew when next opened
    db = sqlite_utils.Database(db_path)
    (dataset_id,) = db.execute("select id from datasets where name = 'poland'").fetchone()
    with db.conn:
        db.execute(f"delete from dataset_{dataset_id}_names")
        db.execute("delete from dataset_tokens")
        db.execute("delete from _sqlite_migrations where name = 'm011_refold_dataset_names'")
    db.conn.close()
    found = json.loads(run("datasets", "search", "poland", "Lech Walesa", "--json").stdout)
    assert [c["key"] for c in found["candidates"]] == ["pl-president-walesa-1990"]


MINISTERS = [
    {
        "key": "us-sos-blinken-2021",
        "person": "Antony Blinken",
        "person_aliases": "Tony Blinken|Blinken",
        "office": "United States Secretary of State",
        "office_aliases": "Secretary of State",
        "country": "United States",
        "start_date": "2021-01-26",
        "end_date": "2025-01-20",
        "source": "https://en.wikipedia.org/wiki/Antony_Blinken",
    },
    {
        "key": "tr-finance-simsek-2023",
        "person": "Mehmet Şimşek",
        "person_aliases": "",
        "office": "Minister of Treasury and Finance of Turkey",
        "office_aliases": "Finance Minister",
        "country": "Turkey",
        "start_date": "2023-06-03",
        "end_date": "",
        "source": "https://en.wikipedia.org/wiki/Mehmet_%C5%9Eim%C5%9Fek",
    },
]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "Blinken" is an alias the data give one person, whose other names are "Antony" and "Tony"
        ("Blinken became secretary of state in 2021.", "SUPPORTED"),
        ("Blinken became secretary of state in 2019.", "REFUTED"),
        # "Simsek" is no alias, but the family name of a two-word name the data give no one else,
        # as English text spells it
        ("Simsek has been finance minister since 2023.", "SUPPORTED"),
        ("Simsek has been finance minister since 2019.", "REFUTED"),
    ],
)
def test_a_family_name_alone_is_the_person_the_data_give_it(run, check_json, tmp_path, sentence, label):
    path = write(tmp_path / "offices.csv", MINISTERS)
    assert run("datasets", "import", path, "--name", "ministers", *OPTIONS).exit_code == 0
    document = check_json(f"Washington\n\n{sentence}\n", "--published", "2024-11-07")
    (claim,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_row_without_what_its_kind_needs_is_refused_on_its_line(run, tmp_path):
    # a captain whose start the user did not know: no term can be placed without it
    table = tmp_path / "captains.csv"
    table.write_text(
        "key,person,office,country,start_date,end_date,source\n"
        "ind-t20-rohit,Rohit Sharma,Captain of the India men's T20I team,India,2021-11-17,2024-06-29,https://x.org\n"
        "sa-t20-markram,Aiden Markram,Captain of the South Africa men's T20I team,South Africa,,,https://x.org\n",
        encoding="utf-8",
    )
    (tmp_path / "captains.toml").write_text('kind = "office_holders"\nmatch_columns = ["person"]\n', encoding="utf-8")
    refused = run("datasets", "import", table)
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "captains.csv:3: column 'start_date' is empty" in refused.stderr
