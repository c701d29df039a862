"""Language of each article as an ISO 639-1 code (py3langid, model shipped in the package)."""

from __future__ import annotations

from ..model import Article

_SAMPLE_CHARS = 4000


class Language:
    """Per-article stage. A language given in the metadata wins unless the text clearly says otherwise."""

    name = "language"
    kind = "article"
    requires = ("article.text", "article.removed")
    assigns = ("article.language",)

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def detect(self, text: str) -> tuple[str, float]:
        lang, prob = self._identifier.classify(text[:_SAMPLE_CHARS])
        return str(lang), float(prob)

    def process(self, article: Article) -> Article:
        sample = article.clean_text(" ") or article.text
        given = article.meta.get("language_given")
        given = given.split("-")[0].split("_")[0][:2] if given else None
        lang, prob = self.detect(sample)
        if given and (lang == given or prob < 0.9 or len(sample) < 200):
            lang = given
        return article.replace(language=lang)
