"""Hostile feed text, shared by every renderer's tests: none of it may ping
anyone, inject a link or formatting, or break the message."""

HOSTILE = [
    "<!channel> urgent",
    "<!here> look",
    "<!everyone>",
    "<@U012ABCDEF> you",
    "<#C012ABCDEF>",
    "<!subteam^S012ABC>",
    "<https://evil.example|click here>",
    "<https://evil.example>",
    "@everyone read this",
    "@here now",
    "<@123456789012345678> hi",
    "<@!123456789012345678> hi",
    "<@&123456789012345678> role",
    "[click me](https://evil.example)",
    "*bold* _italic_ ~strike~ `code` ```block```",
    "**bold** __underline__ ||spoiler|| > quote",
    "# Heading\n- list",
    "AT&amp;T &lt;b&gt; & < >",
    "`` ` ``",
    "\u202eevil\u202c",
]


def billion_laughs(levels: int = 9, base: str = "lol" * 1000) -> bytes:
    """An RSS document whose title nests entities ``levels`` deep (10 ** levels copies of ``base``)."""
    entities = f'<!ENTITY lol0 "{base}">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1)
    )
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol{levels};</title>'
            f"<item><title>&lol{levels};</title><description>&lol{levels};</description></item></channel></rss>").encode()  # fmt: skip
