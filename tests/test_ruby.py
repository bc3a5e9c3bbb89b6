"""The furigana markup: `｜漢字《かんじ》` read into runs, and written out for each place."""

from awareness_app.model.text import ruby

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


def test_print_without_ruby_gives_the_reading_in_brackets_once_a_page():
    """The PowerPoint file's convention: 警察（けいさつ） the first time on a page, then 警察."""
    page = ["｜警察《けいさつ》の人", TEXT, "｜相談《そうだん》と｜警察《けいさつ》", "English"]
    assert ruby.bracketed(page) == [
        "警察（けいさつ）の人",
        "警察に相談（そうだん）しよう",
        "相談と警察",
        "English",
    ]
    assert ruby.bracketed([TEXT]) == ["警察（けいさつ）に相談（そうだん）しよう"]  # a new page


def test_first_readings_keeps_the_markup_of_first_occurrences_only():
    seen = {"警察"}  # given its reading already on the page (in its title)
    assert ruby.first_readings([TEXT, TEXT], seen) == [
        "警察に｜相談《そうだん》しよう",
        ruby.plain(TEXT),
    ]
    assert seen == {"警察", "相談"}
    assert (
        ruby.in_brackets("｜秘密《ひみつ》") == "秘密（ひみつ）"
        and ruby.in_brackets("abc") == "abc"
    )
