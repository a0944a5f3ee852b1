"""`tidings feeds import FILE.opml` and `tidings feeds export [FILE]`, end to end
through the command, on SQLite and PostgreSQL. Nothing is fetched."""

import json
from xml.etree import ElementTree as ET

import pytest

from bot.cli import main
from bot.store import Store

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>From another reader</title></head><body>
  <outline text="Tech News" title="Tech News">
    <outline text="Security">
      <outline type="rss" text="Krebs" title="Krebs on Security" xmlUrl="https://krebsonsecurity.com/feed/"/>
    </outline>
    <outline type="rss" text="LWN" xmlUrl="https://lwn.net/headlines/rss" category="/linux"/>
  </outline>
  <outline type="rss" text="Top level &amp; more" xmlUrl="https://top.example/rss?x=1&amp;y=2"/>
  <outline type="rss" text="Same as settings" xmlUrl="https://conf.example/feed"/>
  <outline type="rss" text="Bad host" xmlUrl="http://a..b/feed"/>
  <outline type="rss" text="A path" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" text="Twice" xmlUrl="https://top.example/rss?x=1&amp;y=2"/>
  <outline type="rss" text="Conf" xmlUrl="https://other.example/feed"/>
</body></opml>"""


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def config(tmp_path, database_url):
    path = tmp_path / "settings.toml"
    path.write_text(f"""
[storage]
url = "{database_url}"

[[feeds]]
name = "Conf"
url = "https://conf.example/feed"
tags = ["security"]

[[channels]]
name = "sec"
tags = ["security"]
""")
    return str(path)


def feeds_of(config, capsys):
    code, out, _ = run(capsys, "feeds", "list", "--json", "--config", config)
    assert code == 0
    return {(f["name"], f["url"], tuple(f["tags"])) for f in json.loads(out)["feeds"]}


def test_import_reports_each_feed_and_folders_become_tags(config, tmp_path, capsys, database_url):
    (tmp_path / "subs.opml").write_text(OPML)
    code, out, err = run(capsys, "feeds", "import", str(tmp_path / "subs.opml"), "--channel", "sec", "--config", config)
    assert code == 1 and err == ""  # some were invalid: said, and the exit code says so
    assert out.splitlines() == [
        "added: Krebs (https://krebsonsecurity.com/feed/): tags: tech-news, security",
        "added: LWN (https://lwn.net/headlines/rss): tags: linux, tech-news",
        "added: Top level & more (https://top.example/rss?x=1&y=2)",
        "already there: Top level & more (https://top.example/rss?x=1&y=2): listed again in the file",
        "already there: Conf (https://conf.example/feed): named “Same as settings” in the file",
        "invalid: Bad host (http://a..b/feed): invalid host name 'a..b': an empty part between dots",
        "invalid: A path (file:///etc/passwd): not an http:// or https:// URL",
        "added: Conf (2) (https://other.example/feed): “Conf” was taken",
        "4 added, 2 already there, 2 invalid",
    ]
    store = Store(database_url)
    try:
        followed = {v for c, k, v in store.subscriptions() if c == "sec" and k == "feed"}
    finally:
        store.close()
    assert followed == {"Krebs", "LWN", "Top level & more", "Conf", "Conf (2)"}
    # Importing again adds nothing.
    code, out, _ = run(capsys, "feeds", "import", str(tmp_path / "subs.opml"), "--config", config)
    assert out.splitlines()[-1] == "0 added, 6 already there, 2 invalid"


def test_export_then_import_is_lossless(config, tmp_path, capsys, database_url):
    (tmp_path / "subs.opml").write_text(OPML)
    run(capsys, "feeds", "import", str(tmp_path / "subs.opml"), "--config", config)
    first = feeds_of(config, capsys)

    code, out, err = run(capsys, "feeds", "export", "--config", config)
    assert code == 0 and err == ""
    root = ET.fromstring(out.encode())
    assert root.get("version") == "2.0" and root.find("head/title").text == "Tidings feeds"
    folders = {o.get("text"): [c.get("text") for c in o] for o in root.find("body") if o.get("xmlUrl") is None}
    assert folders == {"security": ["Conf"], "tech-news": ["Krebs"], "linux": ["LWN"]}
    lwn = root.find(".//outline[@text='LWN']")
    assert lwn.get("category") == "/linux,/tech-news" and lwn.get("xmlUrl") == "https://lwn.net/headlines/rss"
    top = [o.get("text") for o in root.find("body") if o.get("xmlUrl") is not None]
    assert sorted(top) == ["Conf (2)", "Top level & more"]

    code, _, err = run(capsys, "feeds", "export", str(tmp_path / "out.opml"), "--config", config)
    assert code == 0 and err == f"wrote 5 feeds to {tmp_path / 'out.opml'}\n"
    strip = lambda text: [line for line in text.splitlines() if "dateCreated" not in line]  # noqa: E731
    assert strip((tmp_path / "out.opml").read_text()) == strip(out)  # (the date may be the next second's)

    # Into an empty archive (with no settings-file feeds): the same names, URLs and tags.
    other = tmp_path / "other"
    other.mkdir()
    (other / "settings.toml").write_text('[storage]\nurl = "sqlite:///fresh.db"\n')
    code, out, _ = run(capsys, "feeds", "import", str(tmp_path / "out.opml"), "--config", str(other / "settings.toml"))
    assert code == 0 and out.splitlines()[-1] == "5 added, 0 already there, 0 invalid"
    assert feeds_of(str(other / "settings.toml"), capsys) == first
    # And once more round: the export is the same but for its date.
    code, again, _ = run(capsys, "feeds", "export", "--config", str(other / "settings.toml"))
    assert sorted(strip(again)) == sorted(strip((tmp_path / "out.opml").read_text()))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "{path}: file not found"),
        ("this is not xml", "{path}: not an OPML subscription list"),
        ("<rss version='2.0'><channel><title>x</title></channel></rss>", "{path}: not an OPML subscription list"),
    ],
)
def test_a_bad_file_is_one_line(config, tmp_path, capsys, content, message):
    path = tmp_path / "subs.opml"
    if content is not None:
        path.write_text(content)
    code, out, err = run(capsys, "feeds", "import", str(path), "--config", config)
    assert (code, out) == (2, "")
    assert err.startswith("tidings: " + message.format(path=path)) and len(err.splitlines()) == 1


def test_export_to_a_missing_folder_is_one_line(config, tmp_path, capsys):
    code, _, err = run(capsys, "feeds", "export", str(tmp_path / "no" / "such.opml"), "--config", config)
    assert code == 2 and err.startswith(f"tidings: cannot write {tmp_path / 'no' / 'such.opml'}: ")
    assert len(err.splitlines()) == 1


def test_import_to_an_unknown_channel(config, tmp_path, capsys):
    (tmp_path / "subs.opml").write_text(OPML)
    code, out, err = run(
        capsys, "feeds", "import", str(tmp_path / "subs.opml"), "--channel", "nope", "--config", config
    )
    assert (code, out) == (2, "") and err == "tidings: no channel named 'nope' (channels: sec)\n"


def test_an_opml_file_cannot_read_local_files_through_entities(config, tmp_path, capsys):
    (tmp_path / "secret.txt").write_text("TOPSECRET")
    (tmp_path / "evil.opml").write_text(f"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY leak SYSTEM "file://{tmp_path / "secret.txt"}">
<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<opml version="2.0"><body><outline type="rss" text="x &leak; &c;" xmlUrl="https://evil.example/feed"/></body></opml>""")
    code, out, err = run(capsys, "feeds", "import", str(tmp_path / "evil.opml"), "--config", config)
    assert "TOPSECRET" not in out + err and "Traceback" not in err
    code, out, _ = run(capsys, "feeds", "export", "--config", config)
    assert "TOPSECRET" not in out


def test_imported_feeds_are_polled_through_the_address_guard(tmp_path, database_url, capsys):
    """An OPML file cannot reach the private network: its feeds are polled as chat's are."""
    (tmp_path / "settings.toml").write_text(f'[storage]\nurl = "{database_url}"\n[polling]\nparse_workers = 0\n')
    config = str(tmp_path / "settings.toml")
    (tmp_path / "inside.opml").write_text('<opml version="2.0"><body><outline type="rss" text="Inside" '
                                          'xmlUrl="http://127.0.0.1:9/admin/feed"/></body></opml>')  # fmt: skip
    assert run(capsys, "feeds", "import", str(tmp_path / "inside.opml"), "--config", config)[0] == 0
    code, out, err = run(capsys, "poll", "--all", "--config", config)
    assert code == 1 and out.strip() == "1 feeds polled: 0 ok, 0 not modified, 1 failed; 0 new articles"
    assert "failed: Inside: refused: feed URLs from chat may not reach private network addresses" in err
