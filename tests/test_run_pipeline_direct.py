"""run_pipeline reads spaCy's own component list when nothing is disabled, and the pipeline as spaCy gives it
otherwise: a disabled component never runs, and a Doc comes out as nlp(text) makes it."""

from claimgraph.pipeline.factories import ext
from claimgraph.pipeline.load import active_components, build, run_pipeline, run_pipeline_batch

TEXT = "Revenue rose 5% to $1.2bn in the second quarter of 2024."


def test_the_direct_run_gives_what_nlp_gives():
    nlp = build()
    assert [n for n, _ in active_components(nlp)] == nlp.pipe_names
    doc, expected = run_pipeline(nlp, TEXT, spans=False), nlp(TEXT)
    for name in ("quantities", "periods", "ignored"):
        assert ext(doc, name) == ext(expected, name)
    [batched] = run_pipeline_batch(nlp, [TEXT], spans=False)
    assert ext(batched, "quantities") == ext(expected, "quantities")


def test_a_disabled_component_does_not_run():
    nlp = build()
    with nlp.select_pipes(disable=["claimgraph_quantities"]):
        assert "claimgraph_quantities" not in [n for n, _ in active_components(nlp)]
        doc = run_pipeline(nlp, TEXT, spans=False)
        assert ext(doc, "quantities") == []
        assert ext(doc, "periods")
    assert ext(run_pipeline(nlp, TEXT, spans=False), "quantities")
