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
