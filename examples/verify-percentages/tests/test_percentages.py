"""The example plugin, tested with verify.testing as any third-party plugin would be."""

from __future__ import annotations

from importlib import metadata

import pytest
import verify_percentages

from verify.datasets import load_dataset
from verify.testing import make_claim, plugin_manager, run_checker, verdicts_in_log

EXTRACTOR = verify_percentages.PercentageExtractor()
STATISTICS = load_dataset(verify_percentages.HERE / "statistics.csv")
SENTENCE = "US inflation hit 9.1% in June 2022, the highest in four decades."


def check(sentence: str, published: str = "2022-07-14"):
    claim = make_claim(sentence, kind="percentage", published=published, extractors=[EXTRACTOR])
    return claim, run_checker(verify_percentages.StatisticChecker(), claim, datasets=[STATISTICS], published=published)


def test_the_extractor_finds_value_and_month():
    claim, _ = check(SENTENCE)
    assert claim.text == "9.1%"
    assert claim.slots["value"] == 9.1 and claim.slots["op"] == "="
    assert claim.slots["period"] == "2022-06" and claim.slots["period_expression"] == "June 2022"


def test_the_official_figure_supports_the_claim():
    _, verdict = check(SENTENCE)
    assert verdict.label == "SUPPORTED"
    assert verdict.evidence[0].record == "us-cpi-2022-06"
    assert verdict.evidence[0].source.startswith("U.S. Bureau of Labor Statistics")


def test_a_wrong_figure_is_refuted():
    _, verdict = check(SENTENCE.replace("9.1%", "7.5%"))
    assert verdict.label == "REFUTED"


def test_comparisons_and_relative_months():
    _, verdict = check("Britain's inflation rate rose above 11 percent in October.", published="2022-11-20")
    assert verdict.label == "SUPPORTED"


def test_an_area_without_statistics_is_not_enough_info():
    _, verdict = check("Japan's inflation hit 3.0% in June 2022.")
    assert verdict.label == "NOT_ENOUGH_INFO"


def test_end_to_end_through_the_cli(verify_cli, verify_db, tmp_path):
    article = tmp_path / "inflation.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    result = verify_cli(
        "check", article, "--published", "2022-07-14", plugins=[(verify_percentages, "percentages-inline")]
    )
    assert result.exit_code == 0, result.output
    assert [v["label"] for v in verdicts_in_log(verify_db, checker="official-statistic")] == ["SUPPORTED"]


def test_installed_through_the_entry_point():
    try:
        metadata.distribution("verify-percentages")
    except metadata.PackageNotFoundError:
        pytest.skip("verify-percentages is not installed; run: pip install -e examples/verify-percentages")
    assert plugin_manager().get_plugin("percentages") is verify_percentages


def test_claims_and_verdicts_in_one_document(verify_check):
    document = verify_check(SENTENCE, published="2022-07-14", plugins=[(verify_percentages, "percentages-inline")])
    percentage = next(c for c in document["claims"] if c["kind"] == "percentage")
    assert percentage["verdict"]["label"] == "SUPPORTED"
    assert percentage["verdict"]["checker"] == "official-statistic"
