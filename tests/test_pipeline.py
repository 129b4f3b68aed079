"""analyze(): order kept, bad articles become Rejections with reasons, one failure costs one article."""
from newsgraph import analyze
from newsgraph.errors import Rejection
from newsgraph.records import Article, ArticleRecord


def test_results_keep_input_order_and_reject_with_reasons(nlp_fr):
    articles = [
        Article(text="Le président a parlé à Paris.", language="fr", source="a"),
        Article(text="   ", source="empty"),
        Article(text="Der Bundeskanzler hat heute in Berlin eine Rede über die Wirtschaft gehalten.", source="de"),
        Article(text="La ministre est arrivée à Lyon.", language="fr", source="b"),
    ]
    out = list(analyze(articles, nlp={"fr": nlp_fr}))
    assert [type(r) for r in out] == [ArticleRecord, Rejection, Rejection, ArticleRecord]
    assert out[1].item == "empty" and "empty" in out[1].reason
    assert out[2].item == "de" and "unsupported language 'de'" in out[2].reason
    assert out[3].article.source == "b"


def test_a_stage_failing_on_one_article_rejects_that_article_only(nlp_fr, monkeypatch):
    quotes = nlp_fr.get_pipe("newsgraph_quotes")
    original = type(quotes).__call__

    def poisoned(self, doc):
        if "poison" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(quotes), "__call__", poisoned)
    articles = [Article(text=t, language="fr", source=t[:6]) for t in
                ("Le maire a parlé.", "poison dans le texte.", "La ministre a parlé.")]
    out = list(analyze(articles, nlp={"fr": nlp_fr}))
    assert isinstance(out[0], ArticleRecord) and isinstance(out[2], ArticleRecord)
    assert isinstance(out[1], Rejection) and "RuntimeError: boom" in out[1].reason
