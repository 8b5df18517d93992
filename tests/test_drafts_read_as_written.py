"""Drafts read as written (the twenty-third session): a pronoun that makes a sentence wrong
for the last sentence's subject is read as the person the draft speaks of most, when that
holds (이재명 대통령은 … 재가했다. 그는 … 취임식에서 …); a timeline's date label ("July 2025:
appointed minister") is no one who acts; "LG AI Research launched on December 7" was
launched, by no one it names; a total held together ("for himself, his spouse and his
daughter") is no one holder's. Through the CLI on the bundled store."""

from __future__ import annotations

import json

from checking import verdict

DRAFT = """# 배경훈

배경훈은 1976년 5월 서울에서 태어났다.
이재명 대통령은 2025년 7월 16일 배 장관 임명안을 재가했다.
그는 7월 17일 정부세종청사에서 열린 취임식에서 누구나 AI를 활용할 수 있는 환경을 만들겠다고 말했다.

Bae Kyung-hoon was born in Seoul in May 1976.
President Lee approved his appointment on July 16, 2025.
He was inaugurated as minister on July 17, 2025, at the Government Complex Sejong.
"""


def test_a_pronoun_read_as_the_person_the_draft_is_about(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = cli("check", "--file", str(draft), "-f", "json", store=None)
    found = {f["line"]: f["verdict"] for f in json.loads(result.stdout)}
    assert found[5] == "supported" and found[9] == "supported", found
    assert result.exit_code == 0


def test_a_pronoun_still_speaks_of_the_last_subject_when_nothing_holds(cli):
    # (not every reading tried: a sentence wrong for both is still wrong)
    found = verdict(cli, "배경훈은 1976년 태어났다. 그는 1977년 서울에서 태어났다.")
    assert found["verdict"] == "contradicted"


def test_timeline_labels_intransitive_launches_and_joint_holders(cli):
    assert verdict(cli, "July 2025: appointed Minister of Science and ICT.")["verdict"] == (
        "supported"
    )
    assert verdict(cli, "July 2024: appointed Minister of Science and ICT.")["verdict"] == (
        "contradicted"
    )
    launched = "LG AI Research launched on December 7, 2020, with Bae, then 44, as its first head."
    assert verdict(cli, launched)["verdict"] == "supported"
    together = "He declared total assets of 36억9767만 원 for himself, his spouse and his daughter."
    assert verdict(cli, together)["verdict"] == "supported"


def test_a_body_the_source_has_say_it_and_a_plan_for_a_goal(cli):
    # (the source: 과기부는 … 배경훈의 입장문을 공개하며 … 밝혔다: the ministry said it)
    said = (
        "The ministry said on June 30, 2025 that he had known nothing in advance about the"
        " mortgage-limit policy."
    )
    assert verdict(cli, said)["verdict"] == "supported"
    other = said.replace("The ministry", "The land ministry")
    assert verdict(cli, other)["verdict"] == "misleading"
    # (목표는 높여 잡겠다는 방침이다: what is to be done with the goal, not what it is)
    goal = "당초 2028년까지 GPU 5만 장을 확보하기로 했던 목표는 {} 방침이다."
    assert verdict(cli, goal.format("높여 잡겠다는"))["verdict"] == "supported"
    lowered = verdict(cli, goal.format("낮추겠다는"))
    assert (lowered["verdict"], lowered["reason"]) == ("misleading", "direction")


def test_a_participle_with_its_agent_and_a_date_unread(cli):
    # (a challenge hosted by CVPR: no act of the clause, as 'organised by' in the source)
    hosted = (
        "In its very first year, LG AI Research won the overall title at a continual learning"
        " challenge hosted by CVPR."
    )
    assert verdict(cli, hosted)["verdict"] == "supported"
    # (a date the checker cannot read agrees with nothing: not supported by the words alone)
    for sentence in (
        "Bae's inauguration was held on 2025-17-07.",
        "The contract was signed on 3 May.",
    ):
        found = verdict(cli, sentence)
        assert found["verdict"] == "unverified", found["message"]
