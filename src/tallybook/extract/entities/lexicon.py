"""Word lists the extraction components share: given names, honorifics, titles, role nouns.

Plain data, written for tallybook from general knowledge. The given-name list covers names common
in the regions human-rights reports are about; it only decides whether a capitalised run the NER
model missed is a person, so it need not be complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps long lists readable)."""
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one "|"-separated string, in order."""
    return tuple(text.split("|"))


GIVEN_NAMES: frozenset[str] = word_set(
    "Abbas Abdul Abdullah Abdolfattah Abdolreza Abolfazl Abu Adel Afshin Ahmad Ahmed Akbar Alaa "
    "Ali Alireza Amin Amir Amirhossein Anwar Arash Arman Asghar Ashraf Atena Azam Babak Bahareh "
    "Bahman Behnam Behrouz Bijan Dariush Davood Ebrahim Ehsan Elham Esmail Farhad Farid Faride "
    "Farzad Fatemeh Fatima Fereshteh Firouz Gholamreza Golrokh Habib Hadi Hamed Hamid Hamza "
    "Hassan Hossein Hussein Ibrahim Iman Jafar Jalal Javad Jamal Kamal Kamran Karim Kaveh Kazem "
    "Keyvan Khaled Khalid Leila Mahdi Mahmoud Mahsa Majid Maryam Masoud Mehdi Mehran Mehrdad "
    "Milad Mina Mohammad Mohammed Mohamed Mohsen Mojtaba Morteza Mostafa Mustafa Muhammad "
    "Muhammed Nader Narges Nasrin Navid Nazanin Neda Nika Nasser Omar Omid Parisa Parviz Payam "
    "Peyman Pouria Rahim Ramin Reza Roya Ruhollah Saeed Saeid Saleh Salman Samira Sara Sarah "
    "Sepideh Shahram Shirin Siamak Sohrab Soheil Somayeh Taha Vahid Yasaman Yasser Yusuf Zahra "
    "Zeinab Zainab Mansoureh Maryam Niloufar Ghazal Nahid Shiva Kian Hadis Armita Toomaj Sepehr "
    "Mehdi Aung Thein Kyaw Nguyen Xi Li Wang Zhang Ilham Rahile Gulshan Tashpolat Abiy Jawar "
    "Bobi Kizza Yoweri Yahya Jacob Cyril Robert Emmerson Nelson Thabo Desmond Kofi Raila Uhuru "
    "William Paul John James Joseph Peter Michael David Daniel Thomas Richard Charles George "
    "Edward Christopher Stephen Andrew Mark Anthony Kenneth Brian Kevin Jorge Juan Luis Carlos "
    "Jose Miguel Pedro Antonio Manuel Francisco Daniel Rafael Sergio Alexei Alexander Vladimir "
    "Sergei Dmitry Mikhail Ivan Mary Elizabeth Catherine Margaret Anna Maria Helen Susan Karen "
    "Nancy Lisa Michelle Volker Zeid Kofi Agnes Fionnuala Ahmed Nils Juan Tendayi Clement Mary "
    "Ben Gabriella Rajesh Ravi Sanjay Amit Imran Nawaz Benazir Asif Shehbaz Bilal Usman Tariq "
    "Waleed Yasser Hosni Bashar Muammar Saddam Recep Selahattin Osman Mehmet Ahmet Mustafa "
    "Fethullah Abdulrahman Loujain Raif Salma Jamal Nabeel Alaa Abdulhadi Ibrahim Nnamdi "
    "Goodluck Muhammadu Bola Saima Ayesha Aisha Fatima Sana Hina Nadia Samina Farzana Mahrang Sammi "
    "Nasreen Parveen Shazia Amina Khadija Mariam Nour Nourhan Rania Yasmin Hana Layla Salma Dina"
)

HONORIFICS: tuple[str, ...] = phrases(
    "Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Sheikh|Shaikh|Ayatollah|Grand Ayatollah|"
    "Hojatoleslam|Hojjatoleslam|Imam|Mullah|Molavi|Mawlana|Maulana|Maulvi|Pastor|Rev|Reverend|"
    "Father|Archbishop|Bishop|Cardinal|Pope|Rabbi|Judge|Justice|Chief Justice|President|"
    "Vice President|Prime Minister|Deputy Minister|Minister|Governor|Senator|Sen|Rep|Speaker|"
    "Ambassador|High Commissioner|Assistant Commissioner|Deputy Commissioner|Commissioner|"
    "Secretary-General|Secretary General|Attorney General|Police Chief|Chief|Inspector|"
    "Superintendent|Chief Superintendent|General|Gen|Brigadier General|Brigadier|Major General|"
    "Lieutenant General|Lieutenant Colonel|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|"
    "Sergeant|Sgt|Corporal|Cpl|Private|Pvt|Commander|Admiral|Marshal|Field Marshal|King|Queen|"
    "Prince|Princess|Crown Prince|Emir|Sultan|Lady|Lord|Mayor|Supreme Leader|Military spokesman|"
    "Spokesman|Spokeswoman|Spokesperson|"
    # the Burmese honorific for women ("Daw Aung San Suu Kyi"); "U" stays: the gold sets keep it
    "Daw|"
    # Orthodox clergy titles of the Horn of Africa ("Abba X", "Abune X"), Buddhist "Venerable"
    "Abba|Abuna|Abune|Venerable|Ven|"
    # French, Spanish and German courtesy titles ("Maître X" is a lawyer's, "Me X" too ambiguous)
    "Maître|Maitre|Monsieur|Madame|Mme|Mademoiselle|Mlle|Señor|Señora|Señorita|Sra|Srta|Herr|Frau"
)

# Words the NER model tags as people that never are (legal terms, site furniture).
NOT_NAMES: frozenset[str] = word_set(
    "Moharebeh Mohareb Efsad Qisas Qesas Hudud Diyeh Sharia Allah God Infobox Wikipedia "
    "Rapporteur Special Twitter Facebook Instagram Telegram YouTube Tweet Share Covid COVID "
    "Shiite Sunni Baha'i Bahá'í Islam Ramadan Nowruz Quran Koran Evin"
)

# Words that never stand inside a person's name: "Human Rights", "Deputy Spokesman", "Qasr Prison".
NON_NAME_WORDS: frozenset[str] = word_set(
    "human rights council commission committee office ministry court police army forces force guard "
    "guards corps union party front movement agency news national international united nations "
    "republic islamic revolutionary security supreme deputy secretary spokesman spokesperson "
    "spokeswoman rapporteur rapporteurs special president minister governor prosecutor report "
    "statement protest protests protesters government authorities regime state department centre "
    "center organization organisation foundation institute university school hospital massacre "
    "uprising revolution war crisis monday tuesday wednesday thursday friday saturday sunday street "
    "road square prison jail camp province city district county village town avenue bridge mosque "
    "governorate prefecture municipality oblast barangay detention "
    # heads of institution and place names ("X Monastery", "Port X", "Southern Africa")
    "monastery monasteries temple church cathedral abbey convent seminary shrine port harbour "
    "harbor africa asia europe americas "
    # headline verbs ("Activist Dies in Custody", "X Condemns Killing Of Y")
    "dies killed executed arrested detained sentenced freed activist activists condemns urges "
    "killing killings "
    "airport gate plaza checkpoint region airlines company group network federation association "
    "media press radio television channel daily times post herald tribune gazette chronicle "
    "bulletin journal occupation location born died "
    "nationality known cause status charge penalty type target perpetrators casualties date "
    "colectivo comité comision comisión asociación fundación movimiento frente partido ejército "
    "policía"
)

# Title words that make a person an official, and that "the <title>" can refer back to.
OFFICIAL_TITLES: frozenset[str] = frozenset(
    phrases(
        "special rapporteur|rapporteur|high commissioner|secretary-general|secretary general|"
        "spokesperson|spokesman|spokeswoman|president|prime minister|minister|governor|"
        "special envoy|envoy|ambassador|judge|prosecutor|attorney general|director|chairman|"
        "chairperson|chair|commissioner|supreme leader|commander|mayor|senator|deputy|official|"
        "expert|chief|head of|police chief|lawmaker|member of parliament|king|emir|crown prince|"
        "foreign policy chief|judiciary chief|general|colonel|representative"
    )
)

ROLE_NOUNS: tuple[str, ...] = phrases(
    "activist|journalist|lawyer|wrestler|champion|protester|protestor|student|teacher|blogger|"
    "rapper|singer|poet|writer|dissident|prisoner|cleric|farmer|worker|doctor|nurse|artist|"
    "athlete|footballer|boxer|defender|mother|father|son|daughter|brother|sister|wife|husband|"
    "uncle|aunt|cousin|nephew|niece|spokesman|spokesperson|spokeswoman|official|envoy|"
    "minister|president|governor|rapporteur|commissioner|leader|member|chief|director|judge|"
    r"prosecutor|soldier|officer|man|woman|boy|girl|named|identified as|Mr\.?|Ms\.?|Mrs\.?|"
    r"Dr\.?"
)


def alternation(patterns: Iterable[str], ignore_case: bool = False) -> str:
    """A regex alternation of `patterns` (regex fragments, each starting with a letter or digit) that
    matches exactly as "|".join(patterns) does, factored by first letter ("a(?:x|y)|b(?:z)").

    Why: Python's regex engine tries every alternative at every position it scans, and a long
    list of titles tried at each word of a text is one of the extractor's costlier scans. Only
    alternatives sharing the first letter can match at one position, and their order is kept, so
    the first alternative that matches is the same. A lookahead for the set of first letters
    leads: it turns away most positions in one step, before any group is tried. With
    `ignore_case` (for patterns compiled with IGNORECASE) letters are grouped regardless of case."""
    groups: dict[str, list[str]] = {}
    for p in patterns:
        if not p[:1].isalnum():
            raise ValueError(f"alternative must start with a letter or digit: {p!r}")
        groups.setdefault(p[0].lower() if ignore_case else p[0], []).append(p[1:])
    firsts = "".join(groups)
    return (
        f"(?=[{firsts}])(?:"
        + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
        + ")"
    )


def title_patterns() -> list[str]:
    """OFFICIAL_TITLES as escaped regex fragments, longest first (so "special rapporteur" wins
    over "rapporteur")."""
    return [re.escape(t) for t in sorted(OFFICIAL_TITLES, key=len, reverse=True)]


def title_alternation(ignore_case: bool = True) -> str:
    """`title_patterns` as one alternation, factored by `alternation`."""
    return alternation(title_patterns(), ignore_case)
