#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes census.json, the census series of the bundled dataset, from the
shared reference tables:

  kz-census-ethnic.csv    Kazakhstan's censuses 1989, 1999, 2009 and 2021 by
                          ethnic group, one source per cell
  uz-ethnic-national.csv  Uzbekistan's official figures by ethnic group
                          (estimate of 1 January 2021, shares of 2017 and
                          1991, some 1989 census counts)

Both were gathered on 2026-12-06 (see the README beside them, section 1);
every cell names where it was read. This script turns each filled cell into
a figure whose source is a table cell: the publication (publisher, title,
table, URL, the date it was read) and the row and column of the cell in the
bundled copy. It estimates nothing: an empty cell stays a gap.

Usage: make-census.py DATA_DIR OUTPUT
  e.g. python3 resources/dataset/make-census.py ../shared/data resources/dataset/census.json

A source this script does not know stops it, naming the cell, so that a new
kind of source is described before it is used.
"""

import csv
import json
import os
import re
import sys

RETRIEVED = "2026-12-06"
KZ_YEARS = [1989, 1999, 2009, 2021]

# Groups the core dataset does not define; the series adds them.
NEW_GROUPS = {
    "ukrainians": ("Ukrainians", "украинцы", "украиндар"),
    "tatars": ("Tatars", "татары", "татарлар"),
    "azerbaijanis": ("Azerbaijanis", "азербайджанцы", "әзірбайжандар"),
    "belarusians": ("Belarusians", "белорусы", "беларустар"),
    "kurds": ("Kurds", "курды", "күрдтер"),
    "kyrgyz": ("Kyrgyz", "кыргызы", "қырғыздар"),
    "karakalpaks": ("Karakalpaks", "каракалпаки", "қарақалпақтар"),
}

KZ_NAMES = {"en": "Kazakhstan", "ru": "Казахстан", "kk": "Қазақстан"}

# What each kind of source cell says, by a pattern of its text: the
# publication it names. "{year}" is the census year of the column.
KZ_SOURCES = [
    (r"^github\.com/Nurasssyl/", {
        "publisher": "Nurasssyl (GitHub), from census data",
        "title": "Chronology of the national composition of Kazakhstan",
        "table": "file “Chronology of the national composition of Kazakhstan.py” @10783e46, "
                 "array data, row {year}",
        "url": "https://github.com/Nurasssyl/Chronology-of-the-national-composition-of-Kazakhstan",
        "short": "Nurasssyl (GitHub)",
    }),
    (r"^BNS 2021 census volume", {
        "publisher": "Bureau of National Statistics of the Republic of Kazakhstan",
        "title": "Национальный состав, вероисповедание и владение языками (Astana 2023)",
        "table": "table 6, block «Все население»: native language of one's own nationality "
                 "+ another nationality's",
        "url": "https://stat.gov.kz/api/iblock/element/100842/file/ru/",
    }),
    (r"^https://perceptiofr\.com/Белорусы_в_Казахстане", {
        "publisher": "ru.wikipedia (mirror perceptiofr.com)",
        "title": "Белорусы в Казахстане",
        "table": "census figures, {year}",
        "url": "https://perceptiofr.com/Белорусы_в_Казахстане",
    }),
    (r"^https://bulletin-history\.kaznu\.kz/index\.php/1-history/article/view/125", {
        "publisher": "KazNU Bulletin, history series",
        "title": "article 125",
        "table": "census figures, {year}",
        "url": "https://bulletin-history.kaznu.kz/index.php/1-history/article/view/125",
    }),
    (r"^https://plwiki\.pl/Leksykon/Polacy_w_Kazachstanie", {
        "publisher": "pl.wikipedia (mirror plwiki.pl)",
        "title": "Polacy w Kazachstanie",
        "table": "census table, {year}",
        "url": "https://plwiki.pl/Leksykon/Polacy_w_Kazachstanie",
        "short": "pl.wikipedia",
    }),
    (r"^https://findatwiki\.com/Greeks_in_Kazakhstan", {
        "publisher": "en.wikipedia (mirror findatwiki.com)",
        "title": "Greeks in Kazakhstan",
        "table": "census figures, {year}",
        "url": "https://findatwiki.com/Greeks_in_Kazakhstan",
    }),
    (r"^https://perceptiode\.com/Болгары_в_Казахстане", {
        "publisher": "ru.wikipedia (mirror perceptiode.com)",
        "title": "Болгары в Казахстане",
        "table": "census figures, {year}",
        "url": "https://perceptiode.com/Болгары_в_Казахстане",
    }),
    (r"^https://caravan\.kz/gazeta/goryachie-parni-na-kazakhskojj-zemle-73595", {
        "publisher": "Karavan newspaper, citing the Agency of Statistics",
        "title": "goryachie-parni-na-kazakhskojj-zemle (article 73595)",
        "table": "census figures, {year}",
        "url": "https://caravan.kz/gazeta/goryachie-parni-na-kazakhskojj-zemle-73595",
    }),
    (r"^http://stat\.ivisa\.com/ru/dynamic/svedenia_rk/population/nas\.htm", {
        "publisher": "Agency of Statistics of the Republic of Kazakhstan (mirror stat.ivisa.com)",
        "title": "О численности, размещении и национальном составе населения РК "
                 "(по итогам переписи населения 1999 года)",
        "table": "table «Изменение численности населения», {year}",
        "url": "http://stat.ivisa.com/ru/dynamic/svedenia_rk/population/nas.htm",
    }),
    (r"^github\.com/circularsquare/maps religiondots/sources/kz\.md", {
        "publisher": "circularsquare/maps (GitHub), from the BNS census engine",
        "title": "religiondots/sources/kz.md @0f14fd8c",
        "table": "table «Население 2009_2021», person rows of {year}",
        "url": "https://github.com/circularsquare/maps",
    }),
    (r"^https://astanatimes\.com/2023/10/", {
        "publisher": "The Astana Times, citing the Bureau of National Statistics",
        "title": "Kazakhstan’s population surges 20% since 2009 census",
        "table": "article text",
        "url": "https://astanatimes.com/2023/10/kazakhstans-population-surges-20-since-2009-census/",
    }),
]

# Independent pages that print a 2021 total equal to the table 6 sum.
CONFIRMING = [
    ("github.com/Nurasssyl/", "Nurasssyl (GitHub)"),
    ("plwiki.pl/", "pl.wikipedia"),
    ("perceptiopt.com/", "ru.wikipedia"),
    ("perceptiocs.com/", "ru.wikipedia"),
    ("kazvesti.ru", "kazvesti.ru"),
]

UZ_SOURCES = [
    (r"^https://zakovat\.uz/story/tojik2021", {
        "publisher": "State Statistics Committee of Uzbekistan, as reported by zakovat.uz "
                     "and Plov Press",
        "title": "tojik2021",
        "table": "figures for 1 January 2021",
        "url": "https://zakovat.uz/story/tojik2021",
    }),
    (r"^https://uz\.sputniknews\.ru/20170807/", {
        "publisher": "Sputnik Uzbekistan, citing the State Statistics Committee",
        "title": "uzbekistan-naseleniye-statistika (7 August 2017)",
        "table": "ethnic shares, {year}",
        "url": "https://uz.sputniknews.ru/20170807/uzbekistan-naseleniye-statistika-5977694.html",
    }),
    (r"^https://newstaraz\.kz/amp/1989-zhyldan-beri", {
        "publisher": "newstaraz.kz, citing the State Statistics Committee of Uzbekistan",
        "title": "1989-zhyldan-beri-өzbekstannan-bir-millionғa-zhuyқ-orys-ketken",
        "table": "1989 USSR census figures",
        "url": "https://newstaraz.kz/amp/1989-zhyldan-beri-%d3%a9zbekstannan-bir-million%d2%93a-"
               "zhuy%d2%9b-orys-ketken",
    }),
]

# Conflicts between sources and other caveats, by cell, in three languages.
KZ_NOTES = {
    ("Azerbaijanis", 1999): (
        "Sources differ: 78,295 here, 78,325 in an en.wikipedia mirror (encycloreader.org).",
        "Источники расходятся: здесь 78 295, в зеркале en.wikipedia (encycloreader.org) 78 325.",
        "Дереккөздер әртүрлі: мұнда 78 295, en.wikipedia айнасында (encycloreader.org) 78 325."),
    ("Turks", 1999): (
        "Sources differ: 75,900 here, 75,950 in an en.wikipedia mirror (self.gutenberg.org).",
        "Источники расходятся: здесь 75 900, в зеркале en.wikipedia (self.gutenberg.org) 75 950.",
        "Дереккөздер әртүрлі: мұнда 75 900, en.wikipedia айнасында (self.gutenberg.org) 75 950."),
    ("Belarusians", 1989): (
        "Sources differ: 178,325 (ru.wikipedia mirror), 182,601 (KazNU Bulletin), "
        "177,938 (Kazakhstan's revision).",
        "Источники расходятся: 178 325 (зеркало ru.wikipedia), 182 601 (Вестник КазНУ), "
        "177 938 (казахстанская ревизия).",
        "Дереккөздер әртүрлі: 178 325 (ru.wikipedia айнасы), 182 601 (ҚазҰУ Хабаршысы), "
        "177 938 (Қазақстанның қайта есебі)."),
    ("Kurds", 2021): (
        "Sources differ: 47,880 (table 6 sum) against 47,948 “citizens (2021)” in a "
        "ru.wikipedia mirror, probably the estimate of 1 January 2021.",
        "Источники расходятся: 47 880 (сумма по таблице 6) и 47 948 «граждан (2021)» в "
        "зеркале ru.wikipedia, вероятно, оценка на 1 января 2021 г.",
        "Дереккөздер әртүрлі: 47 880 (6-кесте бойынша қосынды) және ru.wikipedia айнасындағы "
        "47 948 «азамат (2021)», бұл 2021 жылғы 1 қаңтардағы бағалау болуы мүмкін."),
    ("TOTAL", 1989): (
        "Published in thousands (16,199.1 thousand), so not an exact count. It is "
        "Kazakhstan's revision of the 1989 USSR census (about 16.4 million); the groups' "
        "1989 counts are the USSR census's own and do not add up to it.",
        "Опубликовано в тысячах (16 199,1 тыс.), поэтому это не точное число. Это "
        "казахстанская ревизия переписи СССР 1989 г. (около 16,4 млн); численность групп "
        "за 1989 г. взята из самой переписи СССР и в эту сумму не складывается.",
        "Мың адаммен жарияланған (16 199,1 мың), сондықтан дәл сан емес. Бұл КСРО-ның "
        "1989 жылғы санағын Қазақстанның қайта есептеуі (шамамен 16,4 млн); топтардың 1989 "
        "жылғы саны КСРО санағының өзінен алынған және бұл қосындыға сәйкес келмейді."),
    ("TOTAL", 1999): (
        "Published in thousands (14,953.1 thousand), so not an exact count.",
        "Опубликовано в тысячах (14 953,1 тыс.), поэтому это не точное число.",
        "Мың адаммен жарияланған (14 953,1 мың), сондықтан дәл сан емес."),
}

UZ_NOTES = {
    ("2021-01-01", "Kazakhs"): (
        "Sources differ: newstaraz.kz gives 821.2 thousand for 1989 and 808.2 thousand "
        "“now”; zakovat.uz and Plov Press give 821.2 thousand for 1 January 2021.",
        "Источники расходятся: newstaraz.kz приводит 821,2 тыс. для 1989 г. и 808,2 тыс. "
        "«сейчас»; zakovat.uz и Plov Press — 821,2 тыс. на 1 января 2021 г.",
        "Дереккөздер әртүрлі: newstaraz.kz 1989 жылға 821,2 мың және «қазір» 808,2 мың "
        "дейді; zakovat.uz пен Plov Press 2021 жылғы 1 қаңтарға 821,2 мың дейді."),
}


def text(en, ru, kk):
    return {"en": en, "ru": ru, "kk": kk}


def cap(name):
    return name[:1].upper() + name[1:]


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def find_source(sources, cell, where):
    for pattern, source in sources:
        if re.search(pattern, cell):
            return source
    sys.exit(f"{where}: no description of the source “{cell[:80]}…”; add one to this script")


def table_source(document, source, year, row, column):
    out = {"document": document}
    for key in ("publisher", "title", "table", "url"):
        out[key] = source[key].format(year=year)
    out["retrieved"] = RETRIEVED
    out["row"] = row
    out["column"] = column
    return out


def group_id(name_en, groups):
    gid = slug(name_en)
    if gid not in groups:
        sys.exit(f"group “{name_en}”: unknown id “{gid}”")
    return gid


def sum_terms(cell):
    """The two printed columns of table 6 a 2021 count is the sum of."""
    m = re.search(r"value = own-language column \+ other-language column \(([\d,]+) \+ ([\d,]+)\)",
                  cell)
    return [int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))] if m else None


def kz_figure(row, year, groups, names):
    count = row[f"census_{year}"]
    src = row[f"src_{year}"]
    name_en = row["group_en"]
    where = f"kz-census-ethnic.csv, {name_en}, census_{year}"
    if not count:
        return None
    terms = sum_terms(src) if year == 2021 else None
    source = KZ_SOURCES[1][1] if terms else find_source(KZ_SOURCES, src, where)
    figure = {}
    total = name_en == "TOTAL"
    gid = None if total else group_id(name_en, groups)
    figure["id"] = f"kz-census-{year}-{'total' if total else gid}"
    en, ru, kk = names if not total else ("Population", "Население", "Халық")
    figure["label"] = text(f"{en}, census of {year}", f"{cap(ru)}, перепись {year} г.",
                           f"{cap(kk)}, {year} жылғы санақ")
    figure["value"] = int(count)
    figure["value_text"] = count
    figure["unit"] = "people"
    figure["year"] = year
    figure["country"] = "KZ"
    if gid:
        figure["group"] = gid
    figure["source"] = table_source("kz-census-ethnic", source, year, name_en, f"census_{year}")
    if terms:
        if sum(terms) != int(count):
            sys.exit(f"{where}: {terms} do not add up to {count}")
        figure["source"]["sum_of"] = terms
    note = KZ_NOTES.get((name_en, year))
    confirming = sorted({label for needle, label in CONFIRMING if needle in src}) if terms else []
    if note:
        figure["note"] = text(*note)
    elif confirming:
        who = ", ".join(confirming)
        figure["note"] = text(f"The same total is printed as one number by: {who}.",
                              f"Тот же итог напечатан одним числом в: {who}.",
                              f"Дәл осы жиынтық бір санмен мына жерде де басылған: {who}.")
    return figure


def kz_series(path, groups):
    figures = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = groups.get(slug(row["group_en"]))
            for year in KZ_YEARS:
                figure = kz_figure(row, year, groups, names)
                if figure:
                    figures.append(figure)
    return {
        "id": "kz-census",
        "name": text("Censuses of Kazakhstan by ethnic group",
                     "Переписи населения Казахстана по национальностям",
                     "Қазақстан халық санақтары, ұлттар бойынша"),
        "country": "KZ",
        "kind": "census",
        "years": KZ_YEARS,
        "note": text("The 2021 counts are the sum of two printed columns of the census "
                     "volume; the 1989 total is Kazakhstan's revision, the 1989 groups the "
                     "USSR census's.",
                     "Численность 2021 г. — сумма двух напечатанных столбцов тома переписи; "
                     "итог 1989 г. — казахстанская ревизия, группы 1989 г. — данные переписи "
                     "СССР.",
                     "2021 жылғы сан — санақ томының басылған екі бағанының қосындысы; 1989 "
                     "жылғы жиынтық — Қазақстанның қайта есебі, 1989 жылғы топтар — КСРО "
                     "санағының деректері."),
        "figures": figures,
    }


def uz_year(date):
    return int(date[:4])


def uz_series(path, groups):
    figures = []
    years = set()
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = uz_year(row["date"])
            name_en = row["group_en"]
            total = name_en == "TOTAL"
            gid = None if total else group_id(name_en, groups)
            en, ru, kk = groups[gid] if gid else ("Population", "Население", "Халық")
            key = f"{row['date']} / {name_en}"
            where = f"uz-ethnic-national.csv, {key}"
            source = find_source(UZ_SOURCES, row["source"], where)
            for column, unit in (("count_thousand", "people"), ("share_pct", "percent")):
                if not row[column]:
                    continue
                years.add(year)
                figure = {
                    "id": f"uz-national-{year}-{'total' if total else gid}-{'count' if unit == 'people' else 'share'}",
                    "label": text(f"{en} in Uzbekistan, {year}" if unit == "people"
                                  else f"{en}, share of Uzbekistan's population, {year}",
                                  f"{cap(ru)} в Узбекистане, {year}" if unit == "people"
                                  else f"{cap(ru)}: доля в населении Узбекистана, {year}",
                                  f"Өзбекстандағы {kk.lower()}, {year}" if unit == "people"
                                  else f"{cap(kk)}: Өзбекстан халқындағы үлесі, {year}"),
                }
                if unit == "people":
                    figure["value"] = round(float(row[column]) * 1000)
                    figure["value_text"] = row["count_published"]
                else:
                    figure["value"] = float(row[column])
                    figure["value_text"] = row[column]
                figure["unit"] = unit
                figure["year"] = year
                figure["country"] = "UZ"
                if gid:
                    figure["group"] = gid
                figure["source"] = table_source("uz-ethnic-national", source, year, key, column)
                note = UZ_NOTES.get((row["date"], name_en))
                if note:
                    figure["note"] = text(*note)
                figures.append(figure)
    return {
        "id": "uz-national",
        "name": text("Uzbekistan's official figures by ethnic group",
                     "Официальные данные Узбекистана по национальностям",
                     "Өзбекстанның ұлттар бойынша ресми деректері"),
        "country": "UZ",
        "kind": "estimate",
        "years": sorted(years),
        "note": text("Uzbekistan has held no census since 1989: the later figures are the "
                     "State Statistics Committee's estimates, published rounded.",
                     "В Узбекистане не было переписи с 1989 г.: более поздние данные — оценки "
                     "Госкомстата, опубликованные округлёнными.",
                     "Өзбекстанда 1989 жылдан бері санақ болған жоқ: кейінгі деректер — "
                     "Мемлекеттік статистика комитетінің дөңгелектеп жарияланған бағалаулары."),
        "figures": figures,
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data_dir, output = sys.argv[1], sys.argv[2]
    core = json.load(open(os.path.join(os.path.dirname(__file__), "core.json"), encoding="utf-8"))
    groups = {g["id"]: (g["name"]["en"], g["name"]["ru"], g["name"]["kk"]) for g in core["groups"]}
    new_groups = {k: v for k, v in NEW_GROUPS.items() if k not in groups}
    groups.update(new_groups)
    dataset = {
        "format": "dostyq-dataset",
        "version": 1,
        "documents": [
            {
                "id": "kz-census-ethnic",
                "title": "Kazakhstan's censuses 1989–2021 by ethnic group, a source per cell",
                "licence": "facts from official statistics",
                "file": "kz-census-ethnic.csv",
                "kind": "table",
                "short": text("Censuses of Kazakhstan 1989–2021 (BNS and others, cell by cell)",
                              "Переписи Казахстана 1989–2021 (БНС и др., по ячейкам)",
                              "Қазақстан санақтары 1989–2021 (ҰСБ және т.б., ұяшық бойынша)"),
            },
            {
                "id": "uz-ethnic-national",
                "title": "Uzbekistan's national figures by ethnic group, a source per row",
                "licence": "facts from official statistics",
                "file": "uz-ethnic-national.csv",
                "kind": "table",
                "short": text("State Statistics Committee of Uzbekistan (as reported)",
                              "Госкомстат Узбекистана (по сообщениям СМИ)",
                              "Өзбекстан Мемлекеттік статистика комитеті (БАҚ хабарлауынша)"),
            },
        ],
        "groups": [{"id": k, "name": text(*v)} for k, v in sorted(new_groups.items())],
        "series": [
            kz_series(os.path.join(data_dir, "kz-census-ethnic.csv"), groups),
            uz_series(os.path.join(data_dir, "uz-ethnic-national.csv"), groups),
        ],
    }
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(dataset, f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(tmp, output)


if __name__ == "__main__":
    main()
