"""PERSON / ADDRESS / DATE_OF_BIRTH in the fourteen languages, chat-style names, what is left
alone (famous people in prose, streets without a number, ordinary dates), and exact restoring of
the new types in streams."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from llmrouter.hooks.redact import Redactor, restore_text
from llmrouter.types import Message
from tests.hooks.test_redact import make_ctx
from tests.hooks.test_redact_personal import _chunk

R = Redactor(personal=True)
ROOT = Path(__file__).resolve().parents[2]


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in R.scan(text)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("talked to james o'brien yesterday, she's fine", "james o'brien", "PERSON"),
        ("hab mit anna schmidt telefoniert, alles gut", "anna schmidt", "PERSON"),
        ("Llama a Sofía al 647 91 26 84", "Sofía", "PERSON"),
        ("chiama Matteo domani", "Matteo", "PERSON"),
        ("[10:00] Yuki: works for me", "Yuki", "PERSON"),
        ("Van: Joost van Leeuwen <joost@example.nl>", "Joost van Leeuwen", "PERSON"),
        ("Cheers, and thanks. Un abrazo, Iker", "Iker", "PERSON"),
        ("Herr Dr. Katrin Schneider kommt um zehn", "Katrin Schneider", "PERSON"),
        ("Ahoj Petře, díky.", "Petře", "PERSON"),
        ("Kære Mette,\nTak for sidst.", "Mette", "PERSON"),
        ("Bună ziua, doamna Popescu.", "Popescu", "PERSON"),
        ("Hei Mikko! Terveisin, Aino Virtanen", "Aino Virtanen", "PERSON"),
        ("Merhaba Elif, nasılsın?", "Elif", "PERSON"),
        ("Signed-off-by: Wiebke Brinkmann <w@example.de>", "Wiebke Brinkmann", "PERSON"),
        ("z. Hd. Frau Frauke Wendt", "Frauke Wendt", "PERSON"),
        ("t.a.v. Joris Kuipers", "Joris Kuipers", "PERSON"),
        ("# TODO(Callum): rotate this key", "Callum", "PERSON"),
        ("2026-03-02 INFO order created for user 'Tamsin Pryce'", "Tamsin Pryce", "PERSON"),
        ("Liebe Grüße, Moritz Zugriff von 194.94.1.1 blockiert", "Moritz", "PERSON"),
        ("Johansson nås på 08-819 743 52", "Johansson", "PERSON"),
        ("Pošlete to na Vinohradská 12, 120 00 Praha 2, díky.", "Vinohradská 12, 120 00 Praha 2", "ADDRESS"),
        (
            "Send til Nørregade 12, 2. th., 1165 København K",
            "Nørregade 12, 2. th., 1165 København K",
            "ADDRESS",
        ),
        (
            "Adresa: Strada Mihai Eminescu nr. 12, bl. A, ap. 3, 010011 București",
            "Strada Mihai Eminescu nr. 12, bl. A, ap. 3, 010011 București",
            "ADDRESS",
        ),
        (
            "Osoite: Mannerheimintie 12 A 5, 00100 Helsinki",
            "Mannerheimintie 12 A 5, 00100 Helsinki",
            "ADDRESS",
        ),
        (
            "Meine neue Adresse: Berliner Straße 51, 10115 Berlin",
            "Berliner Straße 51, 10115 Berlin",
            "ADDRESS",
        ),
        ("Mój nowy adres: ul. Długa 209 m. 4, 31-042 Kraków", "ul. Długa 209 m. 4, 31-042 Kraków", "ADDRESS"),
        (
            "Please ship it to 96 Oak Street\nBoston, MA 02116 (ring twice).",
            "96 Oak Street\nBoston, MA 02116",
            "ADDRESS",
        ),
        ("Datum narození: 12. 3. 1985", "12. 3. 1985", "DATE_OF_BIRTH"),
        ("nato/a il 19 agosto 1946", "19 agosto 1946", "DATE_OF_BIRTH"),
        ("né(e) le 13/03/1984, est employé", "13/03/1984", "DATE_OF_BIRTH"),
        ("syntynyt 4. toukokuuta 1980", "4. toukokuuta 1980", "DATE_OF_BIRTH"),
    ],
)
def test_found_in_more_languages(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Charles Darwin was one of the most influential figures of the era.",
        "Victor Hugo a marqué l'histoire de France.",
        "Vasco da Gama é uma figura marcante da história portuguesa.",
        "Miguel de Cervantes es una figura clave de la cultura española.",
        "Encontramo-nos na Rua das Flores?",
        "El Día de Reyes la oficina de Sevilla cierra.",
        "Order ORD-LBB038781 confirmed.\nCarrier: DHL 00370658915243981131",
        "[09:15] Agent: sure, one moment",
        "La factura vence el 1 de julio de 2022.",
        "Faktura z 12. 3. 2024, splatná do 26. 3. 2024.",
        "Upgrade to Kubernetes 1.4.1.254 before 26/09/2026.",
        "Sehr geehrte Damen und Herren,\nbitte senden Sie die Rechnung.",
        "Mannerheimintie is closed today; meet at Vinohradská street.",
    ],
)
def test_lookalikes_left_alone(text: str) -> None:
    assert _found(text) == []


def test_new_types_restore_exactly_at_every_stream_split() -> None:
    text = "spoke w/ rahul gupta: send it to Vinohradská 12, 120 00 Praha 2. narozen 3. března 1990"
    r = Redactor(personal=True)
    ctx = make_ctx([Message(role="user", content=text)])
    r.before_request(ctx)
    sent = ctx.request.messages[0].content
    assert sent == "spoke w/ <PERSON_1>: send it to <ADDRESS_1>. narozen <DATE_OF_BIRTH_1>"
    assert isinstance(sent, str)
    assert restore_text(sent, ctx.state[r].mapping) == text
    reply = "Done, <PERSON_1>: <ADDRESS_1> (<DATE_OF_BIRTH_1>)"
    expected = "Done, rahul gupta: Vinohradská 12, 120 00 Praha 2 (3. března 1990)"
    for i in range(len(reply) + 1):
        out = []
        for c in (_chunk(reply[:i]), _chunk(reply[i:]), _chunk(None, finish="stop")):
            r.on_chunk(ctx, c)
            out.append(c.choices[0].delta.content or "")
        assert "".join(out) == expected, i
    r.on_stream_end(ctx)


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("redaction_eval", ROOT / "bench" / "redaction_eval.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["redaction_eval"] = bench
    spec.loader.exec_module(bench)
    return bench


@pytest.mark.parametrize(
    "name",
    [
        "pii_holdout3.jsonl",
        "pii_holdout4.jsonl",
        "pii_holdout5.jsonl",
        "pii_holdout6.jsonl",
        "pii_holdout7.jsonl",
        "pii_dev5.jsonl",
    ],
)
def test_development_sets_meet_the_issue_targets(name: str) -> None:
    """Sets 3 to 7 (spent as held-out, development data now) and dev5: a regression gate on the
    issue's targets, not evidence of them (the rules were tuned on these sets)."""
    bench = _bench()
    rows = bench.load(ROOT / "tests" / "data" / name)
    report = bench.evaluate(rows, R, fold_secrets=True)
    agnostic = bench.agnostic(rows, R)
    assert agnostic["span_f1"] >= 0.90
    assert report.leak_share <= 0.05
    assert agnostic["touched"] <= 0.03
    assert report.per_type["PERSON"].recall >= 0.85


def test_policy_relabel_drops_only_sample_values() -> None:
    bench = _bench()
    row = {
        "text": "test 4242 4242 4242 4242, mine 4539 1488 0343 6467, docs 192.0.2.4, real 81.2.69.7",
        "spans": [
            {"start": 5, "end": 24, "type": "CREDIT_CARD"},
            {"start": 31, "end": 50, "type": "CREDIT_CARD"},
            {"start": 57, "end": 66, "type": "IP_ADDRESS"},
            {"start": 73, "end": 82, "type": "IP_ADDRESS"},
        ],
    }
    kept = bench.normalise_gold(row)["spans"]
    assert [row["text"][s["start"] : s["end"]] for s in kept] == ["4539 1488 0343 6467", "81.2.69.7"]


def test_dev5_data_reproduces() -> None:
    script = ROOT / "tests" / "data" / "make_pii_dev5.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, check=False)
    assert done.returncode == 0, "pii_dev5.jsonl differs from what make_pii_dev5.py builds"


@pytest.mark.parametrize("number", [4, 5, 6, 7, 8])
def test_held_out_sets_reproduce_from_their_generators(number: int, tmp_path: Path) -> None:
    """Each held-out set is its author's generator's output, byte for byte (run in a copy, so the
    shipped file is never rewritten by a test)."""
    data = ROOT / "tests" / "data"
    script = tmp_path / f"make_pii_holdout{number}.py"
    shutil.copy(data / script.name, script)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-500:]
    name = f"pii_holdout{number}.jsonl"
    assert (tmp_path / name).read_bytes() == (data / name).read_bytes()
