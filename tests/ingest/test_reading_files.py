"""Files, bytes, HTML and JSON: the reader is chosen by content, bad input named with its reason."""
import codecs
import json

import pytest

from newsgraph import errors, ingest
from newsgraph.errors import InputError
from newsgraph import errors as reasons
from newsgraph.ingest import read_bytes, read_path
from newsgraph.ingest.files import kind_of
from newsgraph.ingest.language import detect_language

FR_BODY = ("Le ministre de l'Agriculture a annoncé jeudi un plan d'aide aux producteurs de lait, "
           "touchés par la baisse des prix depuis le début de l'année.")

HTML_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Un plan d'aide pour les producteurs de lait</title>
<meta property="og:site_name" content="Le Journal des Plaines">
<meta property="og:title" content="Un plan d'aide pour les producteurs de lait">
<meta property="article:published_time" content="2023-11-09T10:00:00+01:00">
</head><body><nav><a href="/">Accueil</a></nav><article>
<h1>Un plan d'aide pour les producteurs de lait</h1>
<p>BRUXELLES (AFP) - """ + FR_BODY + """</p>
<p>Les syndicats agricoles ont salué une première étape, tout en réclamant des mesures plus durables pour les petites exploitations.</p>
<p>Le plan doit être présenté au Parlement avant la fin du mois, selon le cabinet du ministre.</p>
</article><footer>Mentions légales</footer></body></html>"""


def test_html_page_by_content(tmp_path):
    path = tmp_path / "page.txt"  # the extension does not decide
    path.write_text(HTML_PAGE, encoding="utf-8")
    a = read_path(path)
    assert a.title == "Un plan d'aide pour les producteurs de lait"
    assert a.outlet == "Le Journal des Plaines"
    assert a.published == "2023-11-09" and a.published_from == "html metadata"
    assert a.original_source == "AFP"
    assert a.text.startswith("Le ministre de l'Agriculture") and "Mentions légales" not in a.text
    assert a.language == "fr"


def test_json_object_with_credit_lines_in_its_text(tmp_path):
    obj = {"title": "Aide aux producteurs", "published": "9 novembre 2023", "url": "https://x.example/a",
           "outlet": "Le Journal des Plaines", "text": FR_BODY + "\n\nla source :\n• Agence Plaine Presse"}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    a = read_path(path, url="https://override.example/b")
    assert (a.title, a.published, a.outlet) == ("Aide aux producteurs", "2023-11-09", "Le Journal des Plaines")
    assert a.url == "https://override.example/b"
    assert a.original_source == "Agence Plaine Presse"
    assert a.text == FR_BODY


def test_json_text_opening_with_a_date_line_and_byline():
    from newsgraph.ingest.jsonobj import from_object

    a = from_object({"text": "Publié le 2 mai 2022\nPar Claire Martin\n\n" + FR_BODY}, source="x")
    assert (a.published, a.byline, a.text) == ("2022-05-02", "Claire Martin", FR_BODY)
    assert a.published_from == "header line 1 (published)"


@pytest.mark.parametrize("content, reason", [
    ('{"title": "x"}', errors.NO_TEXT_FIELD),
    ('[{"text": "x"}]', "JSON is not one article object (found a list)"),
    ('{"text": 3}', "JSON field 'text' must be a string, not a number"),
    ('{"text": "a", ', "not valid JSON"),
])
def test_bad_json(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_path(path)
    assert err.value.item == str(path) and reason in err.value.reason


@pytest.mark.parametrize("data, reason", [
    (b"", errors.EMPTY),
    (b"  \n\t\n", errors.EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 40 + b"text", "binary file"),
    ("Le caf\u00e9 est servi.".encode("latin-1"), "undecodable bytes"),
])
def test_bad_bytes(data, reason):
    with pytest.raises(InputError) as err:
        read_bytes(data, item="upload")
    assert err.value.item == "upload" and reason in err.value.reason


def test_html_without_article_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<!doctype html><html><body><nav><a href='/'>Accueil</a></nav></body></html>")
    with pytest.raises(InputError, match=reasons.NO_ARTICLE_TEXT):
        read_path(path)


def test_utf8_bom_and_utf16_with_bom_are_text():
    for data in (codecs.BOM_UTF8 + FR_BODY.encode("utf-8"), FR_BODY.encode("utf-16")):
        assert read_bytes(data, item="x").text == FR_BODY


def test_paths_missing_directory_and_too_large(tmp_path, monkeypatch):
    cases = {tmp_path / "nope.txt": errors.NOT_FOUND, tmp_path: reasons.IS_DIRECTORY}
    for path, reason in cases.items():
        with pytest.raises(InputError, match=reason):
            read_path(path)
    big = tmp_path / "big.txt"
    big.write_text(FR_BODY * 10, encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        read_path(big)


def test_kind_of_by_content_then_extension():
    assert kind_of("<!DOCTYPE html><html></html>") == "html"
    assert kind_of("  <p>un</p><p>deux</p>") == "html"
    assert kind_of('{"text": "x"}', suffix=".txt") == "json"
    assert kind_of("[1, 2]", suffix=".json") == "json"
    assert kind_of("<3 les chats", suffix=".txt") == "text"
    assert kind_of("{Note de la rédaction} Le ministre a parlé.", suffix=".txt") == "text"
    assert kind_of("Un texte.", suffix=".html") == "text"


def test_language_detection_refuses_gibberish():
    assert detect_language(FR_BODY) == "fr"
    assert detect_language("The council approved the new budget on Tuesday after a long debate.") == "en"
    assert detect_language("Die Stadt hat am Dienstag den neuen Haushalt nach einer langen Debatte "
                           "beschlossen.") == "de"
    assert detect_language("qwzx vbnm plok jhyt rtew zxcv bnmq wert yuio asdf ghjk lzxc") is None
    assert detect_language("1234 5678 !!!") is None
