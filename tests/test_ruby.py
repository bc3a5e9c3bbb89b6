"""The furigana markup: `｜漢字《かんじ》` read into runs, and written out for each place."""

from awareness_app.model import ruby

TEXT = "｜警察《けいさつ》に｜相談《そうだん》しよう"


def test_segments_keep_every_character_in_order():
    runs = ruby.segments(TEXT)
    assert runs == [("警察", "けいさつ"), ("に", ""), ("相談", "そうだん"), ("しよう", "")]
    assert "".join(r.base for r in runs) == ruby.plain(TEXT) == "警察に相談しよう"


def test_kana_and_html():
    assert ruby.kana(TEXT) == "けいさつにそうだんしよう"
    assert ruby.html(TEXT).startswith("<ruby>警察<rt>けいさつ</rt></ruby>に")
    escaped = ruby.html("a < b ｜秘密《ひみつ》", escape=True)
    assert escaped == "a &lt; b <ruby>秘密<rt>ひみつ</rt></ruby>"


def test_text_without_markup_is_one_plain_run():
    assert ruby.segments("Hello") == [("Hello", "")]
    assert ruby.segments("") == [("", "")]
    assert not ruby.has_ruby("Hello") and ruby.has_ruby(TEXT)


def test_problems_name_broken_markup():
    assert ruby.problems(TEXT) == []
    assert ruby.problems("｜警察けいさつ")  # no reading
    assert ruby.problems("警察《けいさつ》")  # no bar
    assert ruby.problems("｜警察《けいさつ")  # unclosed
