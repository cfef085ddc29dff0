"""Published sample values that are nobody's data: payment processors' test card numbers and the
address ranges reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24; RFC 3849: 2001:db8::/32).

Policy (issue #14): they are left alone, because they identify no one and redacting them breaks the
developer conversations they appear in ("use 4242 4242 4242 4242 in the sandbox", "the server
is 192.0.2.10 in the docs"). One exception, for cards only: a writer who presents the number as
their own (``my card is``, ``meine Karte``, ``ma carte``, ``mi tarjeta``...) gets it redacted,
since we cannot tell a real card that happens to be a test number from a typo and the writer
has told us it is theirs. A documentation address is never routed, so no context makes it one.
"""

from __future__ import annotations

import re

#: Test numbers published by Stripe, Adyen, Braintree, PayPal, Worldpay and the card networks.
_TEST_CARD_LIST = """
    4111111111111111 4242424242424242 4012888888881881 4222222222222 4000056655665556
    4000000000000002 4000000000009995 4000000000000077 4000000000003220 4000002500003155
    4000000000000069 4000000000000127 4000000000000119 4000000000000101 4000000000000341
    4000000000003063 4000008400001629 4005519200000004 4009348888881881 4012000033330026
    4012000077777777 4217651111111119 4500600000000061 4917610000000000 4462030000000000
    4484070000000000 4035501000000008 4400000000000008 4988438843884305 4166676667666746
    4646464646464644 4000020000000000 4000160000000004 4000180000000002 4000620000000007
    4012001037141112 4000000000000010 4000000760000002 4000001240000000 4000000400000008
    5555555555554444 5105105105105100 5200828282828210 5431111111111111 5454545454545454
    2223003122003222 2222400070000005 5500000000000004 5425233430109903 2223000048410010
    5101180000000007 2222410740360010 5555341244441115 5577000055770004 5136333333333335
    5585558555855583 5204740000001002 5204730000002514 2223520043560014
    378282246310005 371449635398431 378734493671000 340000000000009 370000000000002
    374245455400126 341111111111111 370000000100018 343434343434343 371111111111114
    6011111111111117 6011000990139424 6011601160116611 6011000000000004 6445644564456445
    6011000400000000 6011981111111113 6011000000000012
    30569309025904 38520000023237 36227206271667 3056930009020004 36006666333344 36700102000000
    3530111333300000 3566002020360505 3566111111111113 3569990010095841 3528000700000000
    6200000000000005 6205500000000000004 6212345678901265 6243030000000001
    6759649826438453 6799990100000000019 6304000000000000
"""
TEST_CARDS = frozenset(_TEST_CARD_LIST.split())

#: "my card", "meine Karte", "ma carte", "mi tarjeta", "la mia carta", "o meu cartão", "mijn
#: kaart", "moja karta", "mitt kort", "kartım", "moje karta", "mit kort", "cardul meu", "korttini".
_OWN_CARD = re.compile(
    r"(?i:\bmy (?:credit |debit )?(?:card|visa|mastercard|amex)|"
    r"\bmein(?:e)? (?:kredit|debit)?karte|\bma carte|\bmi tarjeta|\bla mia carta|\bmeu cartão|"
    r"\bmijn (?:credit)?(?:kaart|card)|\bmoja karta|\bmitt (?:kredit)?kort|\bkartım|"
    r"\bmoje karta|\bmit (?:kredit)?kort|\bcardul meu|\bkorttini)"
)
_DOC_V4 = ("192.0.2.", "198.51.100.", "203.0.113.")


def is_test_card(digits: str) -> bool:
    """A published test number, or one no issuer hands out (three or fewer distinct digits:
    ``4111 1111 1111 1111``-style sandbox numbers beyond the list)."""
    return digits in TEST_CARDS or len(set(digits)) <= 3


def own_card_context(text: str, start: int) -> bool:
    """The writer calls the number theirs within the few words before it."""
    return _OWN_CARD.search(text, max(0, start - 40), start) is not None


def is_documentation_ipv4(address: str) -> bool:
    return address.startswith(_DOC_V4)


def is_documentation_ipv6(address: str) -> bool:
    """2001:db8::/32, written in any case and with or without leading zeros (``2001:0db8:``)."""
    head = address[:10].lower()
    return head.startswith(("2001:db8:", "2001:0db8:"))
