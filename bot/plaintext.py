"""Digests and command replies as plain text: what the console adapter prints
and what `tidings digest`, `search`, `latest` and `status` show."""

from __future__ import annotations

from .humanize import item_time, more_replies, plural
from .models import Digest, Reply
from .wrapping import wrap

WIDTH = 88


def render_text(digest: Digest, *, width: int = WIDTH) -> str:
    """A digest as plain text: header, groups, and per item headline, excerpt and a context line."""
    lines = [f"━━ {digest.title} ━━", ""]
    if digest.note:
        lines[1:1] = wrap(digest.note, width) or [digest.note]
    if digest.mention:
        lines[1:1] = [f"(notifying {digest.mention})"]
    for group in digest.groups:
        indent = "  " if group.title else ""
        if group.title:
            lines += [f"▸ {group.title}", ""]
        for item in group.items:
            lines += wrap(item.title, width, initial_indent=indent + "• ", subsequent_indent=indent + "  ")
            text = item.summary or item.excerpt
            if text:
                lines += wrap(text, width, initial_indent=indent + "  ", subsequent_indent=indent + "  ")
            context = [item.source, item_time(item.published, digest.generated_at, item.dated)]
            if len(item.sources) > 1:  # "Vice · The Verge · +3 more"
                from .stories import sources_text  # (the clustering: a digest's, not an answer's)

                context[0] = sources_text(item.sources)
            elif item.also:
                context.append("also: " + ", ".join(source for source, _ in item.also))
            if item.replies:  # (a forum thread's other posts, counted: bot/threads.py)
                context.append(more_replies(item.replies))
            lines.append(indent + "  " + " · ".join(context))
            if item.link:
                lines.append(indent + "  " + item.link)
            lines.append("")
    if digest.more:
        lines += [f"…and {plural(digest.more, 'more item')} (see them with: tidings latest)", ""]
    return "\n".join(lines).rstrip() + "\n"


def render_reply(reply: Reply, now, *, width: int = WIDTH) -> str:
    """A command's reply as plain text (the `tidings search/latest/status` commands)."""
    lines = [reply.text] if reply.text else []
    lines += [f"  {line}" for line in reply.lines]
    for item in reply.items:
        lines += wrap(item.title, width, initial_indent="• ", subsequent_indent="  ")
        lines.append("  " + " · ".join([item.source, item_time(item.published, now, item.dated)]))
        if item.link:
            lines.append("  " + item.link)
    return "\n".join(lines)
