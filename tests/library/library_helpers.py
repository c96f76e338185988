"""Cases and libraries for the library tests."""

import datetime as dt

from ua_desktop.core.case.model import Ask, Case, Person, Recipient, RecipientRole


def make_case(name="Azimzhan Askarov", country="Kyrgyzstan", ua_number="UA 135/10", *, title="Defender at risk",
              deadline=dt.date(2010, 7, 30), issued=dt.date(2010, 6, 18), asks=("release him",),
              recipients=("Minister",), languages=("ru", "en"), status="open", status_note="", forms=None):
    people = tuple(Person(n.strip(), forms=forms or {}) for n in name.split(";")) if name else ()
    return Case(
        title=title, country=country, people=people,
        recipients=tuple(Recipient(RecipientRole.TARGET, r, email=f"{r.lower()}@example.org") for r in recipients),
        asks=tuple(Ask(a) for a in asks), deadline=deadline, issued=issued, write_languages=tuple(languages),
        ua_number=ua_number, status=status, status_note=status_note)


def case_files(library):
    return sorted(p.name for p in library.cases_dir.iterdir())


FIRST = ["Azimzhan", "Lucía", "Majid", "Yasaman", "Teresita", "Ales", "Erlan", "María", "Yassine", "Berta",
         "Hamid", "Nasrin", "Ilham", "Narges", "Oleg", "Zhanna", "Ahmed", "Fatima", "Chen", "Ngozi"]
LAST = ["Askarov", "Hernández", "Kazemi", "Aryani", "Naul", "Bjaljazki", "Baltabay", "Rondón", "Ayari", "Zúñiga",
        "Nouri", "Sotoudeh", "Tohti", "Mohammadi", "Sentsov", "Nemtsova", "Mansoor", "Haidari", "Guangcheng", "Okafor"]
COUNTRIES = ["Kyrgyzstan", "Mexico", "Iran", "Philippines", "Belarus", "Kazakhstan", "Venezuela", "Tunisia",
             "Honduras", "Sudan", "China", "Russia", "Egypt", "Nigeria"]


def generated_cases(count, today=dt.date(2026, 11, 28)):
    """`count` varied cases: names, countries, UA numbers and deadlines all differ."""
    for n in range(count):
        name = f"{FIRST[n % 20]} {LAST[(n // 20) % 20]} {n}"
        yield make_case(name, COUNTRIES[n % len(COUNTRIES)], f"UA {n % 300 + 1}/{10 + n // 300}",
                        title=f"Case number {n}", deadline=today + dt.timedelta(days=(n * 7) % 120 - 40),
                        languages=(("ru", "en"), ("es",), ("fr", "ar"), ("en",))[n % 4])
