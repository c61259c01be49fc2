"""Who a figure is about (subject) and who reports it (source), on passages written for these tests: each class of
phrasing that real news uses, with made-up companies, people and figures."""

import pytest

import claimgraph
from conftest import claims_by_figure

_HEDGES = ("more than ", "about ", "around ", "nearly ", "under ", "an estimated ", "as little as ", "at least ",
           "above ", "roughly ", "up to ")


def _claims(nlp, text: str, date: str = "2025-10-24") -> dict[str, tuple[str | None, str | None]]:
    """Each figure's (subject, source), by its text and by its text without a leading hedge ('more than 8%')."""
    out = claims_by_figure(claimgraph.extract(text, date=date, nlp=nlp), "subject", "source")
    for figure, value in list(out.items()):
        for hedge in _HEDGES:
            if figure.startswith(hedge):
                out.setdefault(figure[len(hedge):], value)
    return out


def test_a_person_is_never_the_subject_whatever_the_shape_of_the_name(nlp):
    """'Dana K. Whitfield, president, said ...' and 'Orin Caldwell ... Mr. Caldwell said': people, not subjects;
    the figure is the story's company's."""
    text = ("Harbin Valve Corp. said third-quarter net income rose 12% to $41.2 million.\n\n"
            "Dana K. Whitfield, the chief operating officer, said the sale of $90 million of "
            "low-margin businesses has been offset by $150 million of acquisitions.\n\n"
            "Orin Caldwell, chairman, also said the company expects sales to rise 6% a year. Mr. Caldwell declined "
            "to comment further. Harbin Valve's shares rose.")
    got = _claims(nlp, text)
    for figure in ("$90 million", "$150 million", "6%"):
        assert got[figure][0] == "Harbin Valve Corp.", figure


def test_a_title_or_an_honorific_inside_a_capitalised_run_opens_a_person(nlp):
    """'Ostrava Mills Chairman Pavel Lind said ...': the company and its chairman are two names; 'Selden Partners
    Inc. Ms. Arno' (a missed sentence break) too."""
    text = ("Ostrava Mills Chairman Pavel Lind said his board rejected a bid worth $800 million.\n\n"
            "An analyst at Selden Partners Inc. Ms. Arno had estimated earnings of 48 cents a share for Ostrava Mills.")
    got = _claims(nlp, text)
    assert got["$800 million"][0] == "Ostrava Mills"
    assert "Lind" not in (got["48 cents"][0] or "")


def test_two_companies_joined_by_and_are_two_names(nlp):
    """'Pellam Corp. and Vostry Holdings Inc. ...': two subjects, never one name 'Pellam Corp. and Vostry'."""
    text = ("Pellam Corp. and Vostry Holdings Inc. sweetened their merger terms on Monday.\n\n"
            "Vostry Holdings Inc. said it would pay $42 a share in cash.")
    got = _claims(nlp, text)
    assert got["$42"][0] == "Vostry Holdings Inc."
    assert all(" and " not in (s or "") for s, _ in got.values())


def test_a_name_behind_a_preposition_before_the_figure_is_an_object(nlp):
    """'claims stemming from Storm Edda reduced results $30 million', 'its stake in Lorvik Shipping to 60%',
    'changes mandated by Parliament': the object of the clause is not what the figure is about."""
    text = ("Corvane Insurance Co.'s third-quarter net income rose 9%, even though claims stemming from Storm Edda "
            "reduced results $30 million.\n\n"
            "Corvane Insurance said it intends to raise its stake in Lorvik Shipping to 60%, from the 22% it owns.\n\n"
            "Corvane Insurance, hit by rules mandated by Parliament, posted a loss of $12 million in its life unit.")
    got = _claims(nlp, text)
    assert got["$30 million"][0] == "Corvane Insurance Co."
    assert got["60%"][0] == got["22%"][0] == "Corvane Insurance Co."
    assert got["$12 million"][0] == "Corvane Insurance Co."


def test_an_ownership_figure_belongs_to_the_holder_named_after_owned_by(nlp):
    """'The Dayton company, which is 81%-owned by Marrick Corp., had net of $2.1 million': 81% is Marrick's
    stake; the net is the company's."""
    text = ("Marrick Energy Inc. said third-quarter net income rose to $6.4 million.\n\n"
            "The Dayton company, which is 81%-owned by Marrick Corp., Chicago, had net of $2.1 million a year ago.\n\n"
            "Marrick Energy said revenue rose 30%.")
    got = _claims(nlp, text)
    assert got["81%"][0] == "Marrick Corp."
    assert got["$2.1 million"][0] == "Marrick Energy Inc."


def test_the_price_of_a_sale_is_the_sellers_not_the_buyers(nlp):
    """'Tolland Foods agreed to sell its snack unit to Brevik for $210 million': the price is the seller's."""
    text = ("Tolland Foods Inc. agreed to sell its snack unit to Brevik AG for $210 million.\n\n"
            "Tolland Foods said the sale would cut its debt by half.")
    got = _claims(nlp, text)
    assert got["$210 million"][0] == "Tolland Foods Inc."


def test_a_ranking_followed_by_keeps_each_figure_with_its_name(nlp):
    """'Kestrel ranked second with 19%, followed by Arvo at 12%': 'followed by' is no object."""
    text = ("Smartwatch shipments in Peru rose 8% in the quarter, according to Quanta Research.\n\n"
            "Halden led with 31% of the market. Kestrel ranked second with 19%, followed by Arvo at 12%.")
    got = _claims(nlp, text)
    assert got["12%"][0] == "Arvo"
    assert got["19%"][0] == "Kestrel"


def test_a_name_ending_in_s_that_opens_its_sentences_is_still_a_name(nlp):
    """'Carvers's ...', 'Travbros said ...': a possessive is never a plural common noun, and a word the text also
    writes mid-sentence ('shares of Dellanis') is a name even when it ends in s."""
    text = ("Dellanis said third-quarter net income rose 14% to $18.4 million.\n\n"
            "Dellanis's insurance unit posted earnings of $6 million. Analysts said shares of Dellanis rose 2%.")
    got = _claims(nlp, text)
    assert got["14%"][0] == got["$18.4 million"][0] == "Dellanis"
    assert got["$18.4 million"][1] == "Dellanis"


def test_the_unit_points_back_at_the_unit_named_last(nlp):
    """'... the Corvane Life unit. The unit's profit fell to $52 million': the unit, not the parent and not the
    company whose release the paragraph before was on."""
    text = ("Corvane Group Inc.'s insurance unit, Corvane Life, said net income fell 12% in the third quarter.\n\n"
            "Meanwhile, net at Corvane's finance arm, Corvane Credit Corp., rose 4%.\n\n"
            "The drop reflects weaker sales of annuities at the Corvane Life unit.\n\n"
            "Profit at the unit fell to $52 million from $59 million.")
    got = _claims(nlp, text)
    assert got["$52 million"][0] == got["$59 million"][0] == "Corvane Life"


def test_a_sum_that_sizes_a_market_is_the_markets(nlp):
    """'ceding ground in the $8 billion pet-food market', 'the $400 billion leasing industry': the market."""
    text = ("Brannock Foods Inc. keeps ceding ground in the $8 billion pet-food market, analysts said.\n\n"
            "Brannock Foods said revenue fell 3% to $1.2 billion.")
    got = _claims(nlp, text)
    assert got["$8 billion"][0] == "pet-food market"
    assert got["$1.2 billion"][0] == "Brannock Foods Inc."


def test_a_filing_is_a_source(nlp):
    """'according to the prospectus', 'disclosed in a preliminary prospectus': the document reports the figure."""
    text = ("Ravello Resorts Inc. plans to sell four million common shares.\n\n"
            "The offering will bring Ravello's shares outstanding to 31.5 million, of which 64% will be owned by its "
            "founders, according to the prospectus.")
    got = _claims(nlp, text)
    assert got["31.5 million"][1] == got["64%"][1] == "the prospectus"


def test_a_name_after_the_figure_that_only_qualifies_a_noun_is_not_the_subject(nlp):
    """'$300 million of preferred shares and Treasury notes', 'consolidates its Eastfield Mill division':
    the story's company, not the qualifier or the unit it owns."""
    text = ("Dunmore Savings Bank posted a loss of $88 million for the third quarter.\n\n"
            "Dunmore Savings said the loss stems from $120 million of write-downs on junk bonds and Treasury "
            "securities.\n\n"
            "Dunmore Savings said sales dropped to $310 million, because the bank no longer consolidates its "
            "Eastfield Mill division.")
    got = _claims(nlp, text)
    assert got["$120 million"][0] == got["$310 million"][0] == "Dunmore Savings Bank"


def test_a_fund_family_and_its_fund(nlp):
    """'The $2 billion Tarvel Income Fund ... The fund ...', 'the Tarvel fund rose 1.2%', "Ostby's $900 million
    Harbor Portfolio ... the Ostby fund": the fund, not the family that runs it; 'says Lena Brook, a vice
    president' is a person."""
    text = ("Bond funds lost money last month.\n\n"
            "The $2 billion Tarvel Income Fund saw a net outflow of roughly $90 million. The fund, with cash of "
            "more than 8%, met all its redemptions.\n\n"
            "Ostby's $900 million Harbor Portfolio has seen $40 million flow out. Still, two-thirds of the outflow "
            "went into other Ostby portfolios, says Lena Brook, a vice president.\n\n"
            "Tarvel Investments and Ostby Group Inc. run both funds. The Tarvel fund rose 1.2% this year; the Ostby "
            "fund fell 0.4%.")
    got = _claims(nlp, text)
    assert got["8%"][0] == got["1.2%"][0] == "Tarvel Income Fund"
    assert got["0.4%"][0] == got["$40 million"][0] == "Harbor Portfolio"
    assert got["$900 million"][0] == "Harbor Portfolio"
    assert "Brook" not in (got["two-thirds"][0] or "")


def test_deal_objects_models_and_sized_names(nlp):
    """'paid to acquire the existing 400-room Solano Inn': the buyer's price, the inn's rooms; 'DX-7-40 aircraft, made
    by Bowman Aero Corp., will cost $12 million': neither the model nor its maker; 'Kelsys posted a loss': a
    name ending in -ys is no plural noun."""
    text = ("Varga Leisure Inc. agreed to pay $61 million for land in Reno.\n\n"
            "Of the total price, $25 million would be paid to acquire the existing 400-room Solano Inn from a "
            "partnership.\n\n"
            "Varga Leisure said the refurbishment of two DX-7-40 aircraft, made by Bowman Aero Corp., will cost "
            "around $12 million.\n\n"
            "Kelsys posted a $48 million loss for the quarter.")
    got = _claims(nlp, text)
    assert got["$25 million"][0] == got["$12 million"][0] == "Varga Leisure Inc."
    assert got["400-room"][0] == "Solano Inn"
    assert got["$48 million"][0] == "Kelsys"


def test_a_sentence_opening_word_or_quote_is_no_subject(nlp):
    """'"Over the next two years ...', 'Alternatively, it ...', 'Along with ...': words that open a sentence."""
    text = ("Pemberton Systems Inc. said revenue rose 9% to $310 million.\n\n"
            "\"Over the next two years we expect Asia to be 40% of our revenue,\" said Pemberton's finance chief.\n\n"
            "Alternatively, Pemberton Systems could sell 15% of its cloud unit.")
    got = _claims(nlp, text)
    assert got["40%"][0] == got["15%"][0] == "Pemberton Systems Inc."


def test_an_analyst_speaking_a_relative_clause_and_a_non_prefix(nlp):
    """'Dana Roe at Kestrel Securities said he is cutting his estimate to $2 a share': the analyst's firm is no
    subject; 'a "sell" rating on Fenwick stock, which closed at $41.25': the stock's company; 'non-Fenwick
    revenue': not Fenwick's."""
    text = ("Fenwick Data Corp. said third-quarter net income fell 30% to $22 million.\n\n"
            "Dana Roe at Kestrel Securities said he is lowering his estimate of next year's earnings to $2 a share.\n\n"
            "Another analyst, Paul T. Ames of Marlow Research, put a \"sell\" rating on Fenwick stock, which closed "
            "yesterday at $41.25, down 50 cents.\n\n"
            "Orvis Systems Inc., Fenwick's software unit, said revenue from non-Fenwick clients was 35% of its total.")
    got = _claims(nlp, text)
    assert got["$2"][0] == got["$41.25"][0] == got["50 cents"][0] == "Fenwick Data Corp."
    assert got["35%"][0] == "Orvis Systems Inc."


def test_the_opening_words_of_a_metric_are_no_name(nlp):
    """'Capital expenditure next year will rise, Mr. Holt said, from an estimated $310 million': a metric, not a
    company called Capital."""
    text = ("Brisbane Rail Corp. said third-quarter net income rose 6% to $71 million.\n\n"
            "Capital expenditure next year will rise slightly, Mr. Holt said, from an estimated $310 million this "
            "year. Brisbane Rail shares rose.\n\n"
            "Initial cost estimates for the new depot ranged from $40 million to $45 million.\n\n"
            "Yarrow earned $3 million on the depot deal. Yarrow Rail is a partner.\n\n"
            "Kestrin's revenue rose 5% in the quarter.")
    got = _claims(nlp, text)
    assert got["$310 million"][0] == got["$40 million to $45 million"][0] == "Brisbane Rail Corp."
    assert got["$3 million"][0] == "Yarrow"
    assert got["5%"][0] == "Kestrin"  # a sentence-opening possessive owns the metric


def test_a_bid_is_the_bidders_and_shares_dealt_in_are_objects(nlp):
    """'rejected the $900 million bid by Ferrand Corp.': the bidder's; 'Ferrand says it will offer $41 each for
    Lorvik shares, and $39 each for a block of shares': the offer is Ferrand's, not Lorvik's."""
    text = ("Lorvik Shipping Chairman Ada Lind said her board rejected as too low the $900 million bid by Ferrand "
            "Corp.\n\n"
            "Ferrand says it will offer $41 each for Lorvik shares that carry full dividend rights, and $39 each for "
            "a block of shares issued in July. Lorvik and Ferrand declined to comment.")
    got = _claims(nlp, text)
    assert got["$900 million"][0] == got["$39"][0] == got["$41"][0] == "Ferrand Corp."


def test_the_company_is_the_one_the_sentence_before_opened_with(nlp):
    """'Ferrand Industries, a holding company, declined to comment. The company said it holds 4.2 million of
    Lorvik's shares': Ferrand holds them and says so, even in a story that names Lorvik more often."""
    text = ("Ferrand Industries Ltd. said it plans to seek control of Lorvik Inc., a packaging concern.\n\n"
            "Lorvik said it had no comment. Lorvik shares rose. Lorvik has plants in Ohio.\n\n"
            "Ferrand Industries, a holding group with yearly sales near $2 billion, didn't elaborate. "
            "The company said it holds about 4.2 million of Lorvik's 13.8 million shares.")
    got = _claims(nlp, text)
    assert got["4.2 million"] == ("Ferrand Industries Ltd.", "Ferrand Industries Ltd.")


def test_with_no_dominant_company_the_lead_company_reports(nlp):
    """'Halden AB, the Oslo paper maker, proposed to acquire the 30% of its U.S. unit, Halden Paper Inc., that
    it does not hold yet': the story reports Halden AB's proposal, also for figures in sentences that name nobody."""
    text = ("Halden AB, the Oslo paper maker, proposed to acquire the 30% of its U.S. unit, Halden Paper Inc., that "
            "it does not hold yet.\n\n"
            "The proposal values each of the 2.1 million shares held outside the parent at $38.\n\n"
            "Halden AB sold the stake in 2019. Halden Paper has plants in Maine.")
    got = _claims(nlp, text)
    assert got["$38"][1] == got["30%"][1] == "Halden AB"


def test_the_whole_a_figure_is_part_of_and_a_missed_sentence_break(nlp):
    """'was 45% of Vantek's total business': Vantek's; 'according to Harrow Data Inc. That's less than the 4.4%
    total return of the Carrow Bond Index': the index's, and 'That' is no part of a name; 'holds 2 million of
    Lorvik's shares' stays the holder's."""
    text = ("Vantek Corp. said its revenue rose 12%.\n\n"
            "Revenue from outside clients was 45% of Vantek's total business in the quarter.\n\n"
            "Most bond funds had an average 0.9% return, according to Harrow Data Inc. That's less than the 4.4% total "
            "return of the Carrow Bond Index.\n\n"
            "Vantek said it holds 2 million of Lorvik's shares.")
    got = _claims(nlp, text)
    assert got["45%"][0] == "Vantek Corp."
    assert got["4.4%"][0] == "Carrow Bond Index"
    assert got["2 million"][0] == "Vantek Corp."
    assert got["0.9%"][1] == "Harrow Data Inc."
    assert all("That" not in (s or "") for s, _ in got.values())


def test_a_number_between_capitalised_words_goes_on_with_the_name(nlp):
    """'the Harrow 50 Index, which fell 1.4%': the index's; a date's day ('on Oct. 19 Harrow said') and a year
    are no part of a name."""
    text = ("Tech stocks weighed on the composite and on the Harrow 50 Index, which fell 1.4% on Friday.\n\n"
            "On Oct. 19 Harrow Exchange said volume rose 8%.")
    got = _claims(nlp, text)
    assert got["1.4%"][0] == "Harrow 50 Index"
    assert got["8%"][0] == "Harrow Exchange"


@pytest.mark.parametrize("date", ["Sept. 9", "September 9", "Dec 31", "May 2"])
def test_a_dates_day_is_no_part_of_a_name_for_every_written_month(nlp, date):
    """Every month name vocab.json knows, abbreviated or in full, ends a name before the day that follows it."""
    got = _claims(nlp, f"On {date} Harrow Exchange said volume rose 8%.")
    assert got["8%"][0] == "Harrow Exchange"


def test_a_descriptor_after_an_opening_possessive_is_the_clause_subject(nlp):
    """'Pella Corp. already owns 9% of Orban. In response to Orban's new terms, the Tulsa company raised its own
    offer to $40 a share': Pella (the company the sentence before opened with), not Orban."""
    text = ("Orban Inc. agreed to merge with Stanmore Corp. on Monday.\n\n"
            "Pella Corp., the largest bidder, already owns about 9% of Orban's stock. In response to Orban's new "
            "terms, the Tulsa company raised its own offer to $40 a share. Pella said it would keep bidding.")
    got = _claims(nlp, text)
    assert got["$40"][0] == "Pella Corp."


def test_a_share_of_its_whole_in_a_relative_clause_and_sources_that_say(nlp):
    """'Analysts say much of Corvo's loss has been in brands such as Oat Puffs and Bran Stars, which make up
    nearly one-third of its sales': Corvo's figure, reported by the analysts; '..., trade sources say': sources."""
    text = ("Corvo Foods Co. said net income fell 8% to $120 million.\n\n"
            "Analysts say much of Corvo's loss has been in such brands as Oat Puffs and Bran Stars, which make up "
            "nearly one-third of its sales.\n\n"
            "Corvo will sell boxes for as little as 89 cents, trade sources say.")
    got = _claims(nlp, text)
    assert got["one-third"] == ("Corvo Foods Co.", "Analysts")
    assert got["89 cents"][1] == "sources"


def test_respectively_pairs_figures_and_names_in_order(nlp):
    """'Kestrel Mobile and Arvo Inc. had 22% and 18% of shipments, respectively': each its own."""
    text = ("Phone shipments in Chile rose 6% in the quarter.\n\n"
            "The market leaders, Kestrel Mobile and Arvo Inc., had 22% and 18% of shipments, respectively, while "
            "Halden held 9%.")
    got = _claims(nlp, text)
    assert got["22%"][0] == "Kestrel Mobile"
    assert got["18%"][0] == "Arvo Inc."


def test_his_company_is_the_company_the_text_ties_the_person_to(nlp):
    """'Velmar Holdings Chairman Ines Roth ...; Ms. Roth has built her company and fought off three takeover
    attempts'; 'she sought to raise her Corvane stake above 10%': Velmar's."""
    text = ("Velmar Holdings Chairman Ines Roth said her board rejected the bid by Corvane Group.\n\n"
            "Analysts noted that Ms. Roth has built her company through deals and has fought off at least three "
            "takeover attempts.\n\n"
            "Once she saw that Corvane's aims weren't friendly, she sought to raise her Corvane stake above 10%.")
    got = _claims(nlp, text)
    assert got["three takeover attempts"][0] == got["10%"][0] == "Velmar Holdings"


def test_a_fund_reports_through_its_family(nlp):
    """'The $2 billion Tarvel Income Fund has had an outflow of $90 million': the fund's figure, Tarvel
    Investments' release."""
    text = ("Bond funds lost money last month, fund groups Tarvel Investments and Ostby Group Inc. said.\n\n"
            "The $2 billion Tarvel Income Fund saw a net outflow of roughly $90 million.\n\n"
            "Ostby's $900 million Harbor Portfolio has seen $40 million flow out since May.")
    got = _claims(nlp, text)
    assert got["$90 million"] == ("Tarvel Income Fund", "Tarvel Investments")
    assert got["$40 million"] == ("Harbor Portfolio", "Ostby Group Inc.")


def test_a_speaker_whose_apposition_names_a_company_with_a_designator(nlp):
    """'Ada Lind, president of the company's Velmar Enterprises Inc. unit, said ... by about 9%': Ada Lind."""
    text = ("Velmar Corp. raised its offer for Orban on Monday.\n\n"
            "Ada Lind, president of the company's Velmar Enterprises Inc. unit, said the new terms would dilute "
            "Velmar earnings by about 9% in 2026.")
    got = _claims(nlp, text)
    assert got["9%"][1] == "Ada Lind"


def test_a_sentence_that_opens_with_a_qualified_unit_is_about_it(nlp):
    """'The snack businesses had sales of about $90 million last year': the businesses; 'The unit' alone points
    back at a name."""
    text = ("Tolland Foods Inc. agreed to sell its Crispin and Oaty snack businesses to Brevik AG.\n\n"
            "The snack businesses had sales of about $90 million last year, roughly 8% of Tolland's revenue.\n\n"
            "Tolland Foods said its revenue rose 2%.")
    got = _claims(nlp, text)
    assert got["$90 million"][0] == got["8%"][0] == "snack businesses"
    assert got["2%"][0] == "Tolland Foods Inc."


def test_the_company_in_a_paragraph_about_another_company(nlp):
    """In a story about Garrow Motors, a paragraph on its unit Vantek Data Corp.: 'The company aims to
    lift outside revenue to 50% of its business' is Vantek's."""
    text = ("Garrow Motors Corp. said net income fell 12%. Garrow Motors shares fell. Garrow Motors cut jobs.\n\n"
            "By contrast, Vantek Data Corp., Garrow's data unit, boosted net 16% to $90 million. The company "
            "aims to lift outside revenue to at least 50% of all its sales.")
    got = _claims(nlp, text)
    assert got["50%"][0] == "Vantek Data Corp."


def test_a_joint_subject_is_named_by_its_first(nlp):
    """'Pella and Orban Corp. each owned a 50% stake in the venture': Pella (and Orban), never a third name."""
    text = ("Pella Corp. bought out its partner's stake in Strand Drilling last June.\n\n"
            "Pella and Orban Corp. each owned a 50% stake in Strand through a joint venture. Pella said it paid cash.")
    got = _claims(nlp, text)
    assert got["50%"][0] == "Pella Corp."


def test_stakes_sold_owned_objects_and_laws(nlp):
    """'is selling a 51% stake to Ferrand Corp. for $110 million': the stake is Ferrand's, the price the
    seller's; 'Orban holds half of Lorvik's equity and 33% of its votes': Orban's; 'filed under the
    Stanley-Ward Act to buy up to $20 million of Lorvik's stock': no law is a subject."""
    text = ("Lorvik Inc. said it would cut jobs. Lorvik shares fell.\n\n"
            "Vessel Electric is selling a 51% stake to Ferrand Corp. for $110 million.\n\n"
            "Orban holds half of Lorvik's equity and 33% of the votes.\n\n"
            "Delmar Holdings said it filed under the Stanley-Ward Act to buy up to $20 million of Lorvik's stock.")
    got = _claims(nlp, text)
    assert got["51%"][0] == "Ferrand Corp."
    assert got["$110 million"][0] == "Vessel Electric"
    assert got["33%"][0] == "Orban"
    assert "Act" not in (got["$20 million"][0] or "")


@pytest.mark.parametrize("text,figure,place", [
    ("Inflation in Hungary slowed to 2.2% in May, the statistics office said.", "2.2%", "Hungary"),
    ("Retail sales in the UK fell 2.3% in April.", "2.3%", "UK"),
    ("Home prices in Canada rose 4% last year.", "4%", "Canada"),
])
def test_a_metric_in_a_place_is_about_the_place(nlp, text, figure, place):
    """'<metric> in <place>' with no organisation named: the place is what the figure describes."""
    assert _claims(nlp, text, "2024-06-10")[figure][0] == place


def test_a_place_named_elsewhere_in_the_sentence_is_no_subject(nlp):
    """An origin ('from South Korea') or a trading venue ('in London') scopes a figure; it is not its subject."""
    got = _claims(nlp, "Vietnam welcomed 12.6 million foreign visitors last year: 3.6 million from South Korea "
                       "and 9 million from elsewhere.", "2024-06-10")
    assert got["3.6 million"][0] != "South Korea"
    got = _claims(nlp, "Operating profit slipped to £212 million, but the shares gained 9 pence to 471 pence in "
                       "London.", "2024-06-10")
    assert all(got[f][0] != "London" for f in ("£212 million", "9 pence", "471 pence"))


@pytest.mark.parametrize("text,figure,place", [
    ("Hungary will spend $1.5bn on rail next year.", "$1.5bn", "Hungary"),
    ("Portugal exported 400,000 tonnes of cork last year.", "400,000 tonnes", "Portugal"),
    ("Morocco plans to borrow $2 billion.", "$2 billion", "Morocco"),
    ("Peru will spend $900m on ports, a third of it, $300m, in the north.", "$300m", "Peru"),
])
def test_a_place_opening_its_sentence_before_a_verb_is_the_subject(nlp, text, figure, place):
    """A country that opens the sentence and acts ('will spend', 'exported') is what its figures describe, and
    stays so for the rest of the sentence."""
    assert _claims(nlp, text, "2024-06-10")[figure][0] == place


def test_a_place_opening_a_list_is_no_subject(nlp):
    assert _claims(nlp, "Japan and Korea shipped 3 million units.", "2024-06-10")["3 million units"][0] is None


def test_a_name_after_a_dropped_sentence_opener_keeps_no_connector(nlp):
    """'Shares of Quillmark Games fell ...': the opener 'Shares' is no name, and neither is 'of ...'."""
    got = _claims(nlp, "Shares of Quillmark Games fell 8% to $12.40 on Monday.", "2024-06-10")
    assert got["8%"][0] == "Quillmark Games"


@pytest.mark.parametrize("text,figure,source", [
    ("Freight volumes rose 5%, according to figures from the Maritime Statistics Office.", "5%",
     "Maritime Statistics Office"),
    ("Home sales fell 3%, data from the Ardley Land Registry showed.", "3%", "Ardley Land Registry"),
    ("Support for the levy rose to 41%, a Reuters poll showed.", "41%", "Reuters"),
    ("Consumer confidence rose 2 points, a Kestrel Research survey found.", "2 points", "Kestrel Research"),
])
def test_data_from_a_body_and_its_poll_or_survey_are_sources(nlp, text, figure, source):
    """'according to figures from the X', 'data from the X showed', 'a Y poll showed': X and Y report it."""
    assert _claims(nlp, text, "2024-06-10")[figure][1] == source
