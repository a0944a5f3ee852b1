"""A player embed's attribution line (bot/embedcredits.py): set29 F4, software-architecture-radio's episodes feed
(software-architecture-radio--episodes-index.xml, no licence: made-up words in its shape here). SoundCloud's embed
code puts the account and the track under its <iframe>, "Show Name · Episode @004: …": the title again, never the
excerpt."""

from tests.builders import excerpt

PLAYER = (
    '<iframe width="100%" height="166" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/'
    'tracks/123"></iframe>\n<div style="font-size: 10px; color: #cccccc;">\n'
    '<a href="https://soundcloud.com/zorbradio" title="Zorb Radio">Zorb Radio</a> · \n'
    '<a href="https://soundcloud.com/zorbradio/episode-004-the-blue-hour">Episode @004: The Blue Hour with Ana Quill</a>\n'
    "</div>\n"
)


def test_a_players_attribution_line_goes_with_the_player():
    story = "<p>My guest today is Ana Quill. Ana builds boats out of old maps and sails them every spring.</p>"
    assert excerpt(PLAYER + story) == (
        "My guest today is Ana Quill. Ana builds boats out of old maps and sails them every spring."
    )
    # (an <object> player the same: the review found its line kept, the quick look named only iframe and embed)
    obj = PLAYER.replace('<iframe width="100%" height="166" src=', "<object data=").replace("</iframe>", "</object>")
    assert (
        excerpt(obj + story)
        == "My guest today is Ana Quill. Ana builds boats out of old maps and sails them every spring."
    )


def test_a_line_after_a_player_that_is_not_its_attribution_stays():
    # (a link elsewhere, or words of the post's own, after the player: the post's text)
    other = PLAYER.replace("https://soundcloud.com/zorbradio/episode", "https://zorb.example/episode")
    assert "Zorb Radio" in excerpt(other)
    own = PLAYER.replace(" · \n", " · listen to the whole talk about boats and maps with ")
    assert "listen to the whole talk" in excerpt(own)
    apart = PLAYER.replace("</iframe>\n", "</iframe> Our show:\n")
    assert "Zorb Radio" in excerpt(apart)
