#!/usr/bin/env python3
"""Generate kgraph's English word list and morphology table from WordNet 3.0.

Reads Debian's wordnet-base files (default /usr/share/wordnet) and writes, relative
to the package root (/work/main when run as documented in Tools/README.md):

  Sources/KGraphVocabulary/Data/english-words.tsv
      word<TAB>pos<TAB>counts<TAB>proper
  Sources/KGraphVocabulary/Data/english-morphology.tsv
      form<TAB>lemma<TAB>pos

then re-reads both files and checks well-known facts. `--check-only` runs only
the checks. Standard library only; the output is deterministic (no timestamps).

Usage (from the package root):
  python3 Sources/KGraphVocabulary/Tools/make_wordnet.py [--wordnet DIR] [--check-only]
"""

import argparse
import os
import re
import subprocess
import sys

POS_ORDER = "nvar"
# ss_type in data.* lines and sense keys -> output pos letter
SS_TYPE_TO_POS = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}
SENSE_KEY_SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
DATA_FILES = ("data.noun", "data.verb", "data.adj", "data.adv")
EXC_FILES = (("noun.exc", "n"), ("verb.exc", "v"), ("adj.exc", "a"), ("adv.exc", "r"))

# A single token: ASCII letters, with optional inner hyphens or apostrophes.
TOKEN_RE = re.compile(r"^[A-Za-z]+(?:['-][A-Za-z]+)*$")
LOWER_TOKEN_RE = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
ADJ_MARKER_RE = re.compile(r"\((?:a|p|ip)\)$")

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.join(os.path.dirname(TOOLS_DIR), "Data")
WORDS_PATH = os.path.join(DATA_DIR, "english-words.tsv")
MORPH_PATH = os.path.join(DATA_DIR, "english-morphology.tsv")
PROPER_PATH = os.path.join(DATA_DIR, "english-proper-nouns.tsv")
# noun lexicographer files -> the kind of name they hold
LEXFILE_KIND = {18: "person", 15: "place", 14: "organization", 10: "language", 6: "thing"}
# an organisation's acronym, the only organisation names the table keeps: "UN", "NATO", "U.N."
ACRONYM_RE = re.compile(r"^(?:[A-Z]\.?){2,6}$")
# glosses of a people rather than one person: "a member of the people of Kashmir", "a native of Tibet"
PEOPLE_GLOSS = re.compile(r"\b(member|members|native|natives|inhabitant|follower|believer|adherent|who follows|a people|the people)\b", re.I)
LICENSE_NAME = "WORDNET-LICENSE.txt"


def package_version():
    """Version of Debian's wordnet-base package, or 'unknown'."""
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "wordnet-base"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def read_synsets(wordnet_dir):
    """Yield (offset, pos letter, ss_type, lex_filenum, [(word, lex_id)], head offset)
    for every synset line of data.noun/.verb/.adj/.adv.

    Words are as written in the file (capitalisation and adjective markers such
    as "(a)", "(p)", "(ip)" kept); head offset is the '&' target of an adjective
    satellite, else None.
    """
    for name in DATA_FILES:
        path = os.path.join(wordnet_dir, name)
        with open(path, encoding="latin-1") as handle:
            for line in handle:
                if line.startswith("  "):  # licence header
                    continue
                fields = line.split(" ")
                offset, lex_filenum, ss_type = fields[0], int(fields[1]), fields[2]
                w_cnt = int(fields[3], 16)
                members = [(fields[4 + 2 * i], int(fields[5 + 2 * i], 16))
                           for i in range(w_cnt)]
                head = None
                if ss_type == "s":
                    at = 4 + 2 * w_cnt
                    for j in range(int(fields[at])):
                        symbol, target, target_pos = fields[at + 1 + 4 * j: at + 4 + 4 * j]
                        if symbol == "&" and target_pos in "as":
                            head = target
                            break
                yield offset, SS_TYPE_TO_POS[ss_type], ss_type, lex_filenum, members, head


def sense_keys(word, pos, ss_type, lex_filenum, lex_id, head_member):
    """Sense keys (senseidx(5WN): lemma%ss_type:lex_filenum:lex_id:head_word:head_id)
    for one word of a synset. For satellites the head word is given both with and
    without its adjective marker, since cntlist.rev spells it both ways
    ("above%5:00:00:preceding(a):00")."""
    lemma = word.lower()
    if ss_type != "s":
        return ["%s%%%s:%02d:%02d::" % (lemma, "1234"["nvar".index(pos)], lex_filenum, lex_id)]
    head_word, head_id = head_member
    variants = sorted({head_word.lower(), ADJ_MARKER_RE.sub("", head_word).lower()})
    return ["%s%%5:%02d:%02d:%s:%02d" % (lemma, lex_filenum, lex_id, hw, head_id)
            for hw in variants]


def read_data_words(wordnet_dir):
    """Return (words, key_case).

    words = {lowercase word: {"lower": set(pos), "capital": bool}}: a word written
    entirely in lowercase in a synset line marks a common-word use for that part
    of speech; any other spelling (China, AIDS, McCarthy) marks a capitalised use.
    Multi-word lemmas (underscores) and lemmas with digits, dots etc. are left out.

    key_case = {sense key: True if that sense writes the word in lowercase}.
    """
    synsets = list(read_synsets(wordnet_dir))
    # head adjective synsets: offset -> (first word, its lex_id), for satellite keys
    heads = {offset: members[0] for offset, _p, ss_type, _f, members, _h in synsets
             if ss_type == "a"}
    words = {}
    key_case = {}
    for _offset, pos, ss_type, lex_filenum, members, head in synsets:
        for raw_word, lex_id in members:
            word = ADJ_MARKER_RE.sub("", raw_word)
            if not TOKEN_RE.match(word):
                continue
            key = word.lower()
            is_lower = word == key
            entry = words.setdefault(key, {"lower": set(), "capital": False, "person": False})
            if is_lower:
                entry["lower"].add(pos)
                if pos == "n" and int(lex_filenum) == 18:
                    entry["person"] = True
            else:
                entry["capital"] = True
            for sense_key in sense_keys(word, pos, ss_type, lex_filenum, lex_id,
                                        heads.get(head)):
                key_case[sense_key] = key_case.get(sense_key, False) or is_lower
    return words, key_case


def read_counts(wordnet_dir, words, key_case):
    """Return {word: {pos: summed tag count}} from cntlist.rev.

    A sense key that names a WordNet 3.0 sense counts only if that sense writes
    the word in lowercase (so the month "August" does not count for "august",
    nor the country "China" for "china"). cntlist.rev also holds keys of senses
    that WordNet 3.0 no longer has in that form (e.g. acknowledge%2:31:00::,
    may%2:42:00::); such a key counts for the word's part of speech only if the
    word has a lowercase use in that part of speech (acknowledge v: yes; may v:
    no, WordNet has no verb "may")."""
    counts = {}
    path = os.path.join(wordnet_dir, "cntlist.rev")
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            sense_key, _sense_number, tag_cnt = parts
            lemma, _, rest = sense_key.partition("%")
            pos = SENSE_KEY_SS_TYPE.get(rest[:1])
            entry = words.get(lemma)
            if pos is None or entry is None:
                continue
            if sense_key in key_case:
                if not key_case[sense_key]:
                    continue
            elif pos not in entry["lower"]:
                continue
            per_pos = counts.setdefault(lemma, {})
            per_pos[pos] = per_pos.get(pos, 0) + int(tag_cnt)
    return counts


def read_exceptions(wordnet_dir):
    """Return sorted unique (form, lemma, pos) rows and the skipped lines."""
    rows = set()
    skipped = []
    for name, pos in EXC_FILES:
        path = os.path.join(wordnet_dir, name)
        with open(path, encoding="latin-1") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) < 2:
                    continue
                form = parts[0].lower()
                for lemma in parts[1:]:
                    lemma = lemma.lower()
                    if LOWER_TOKEN_RE.match(form) and LOWER_TOKEN_RE.match(lemma):
                        rows.add((form, lemma, pos))
                    else:
                        skipped.append("%s: %s %s" % (name, form, lemma))
    return sorted(rows), skipped


def read_licence(copyright_path):
    """The WordNet3.0 licence paragraph of a Debian copyright file, unwrapped
    from its DEP-5 formatting (leading space removed, " ." -> empty line)."""
    with open(copyright_path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    copyright_line = ""
    body = None
    for line in lines:
        if body is None:
            if line.startswith("Copyright:") and not copyright_line:
                copyright_line = line[len("Copyright:"):].strip()
            if line.strip() == "License: WordNet3.0":
                body = []
            continue
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    if not body:
        raise SystemExit("no 'License: WordNet3.0' paragraph in %s" % copyright_path)
    return copyright_line, "\n".join(body).rstrip("\n") + "\n"


def header(lines):
    return "".join("# " + text + "\n" for text in lines)


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def generate(wordnet_dir, copyright_path):
    version = package_version()
    copyright_line, licence_text = read_licence(copyright_path)
    write_file(os.path.join(DATA_DIR, LICENSE_NAME), (
        "WordNet 3.0 licence, as given in Debian's %s (wordnet-base %s).\n"
        "Applies to english-words.tsv, english-morphology.tsv and english-proper-nouns.tsv, which are derived "
        "from the WordNet 3.0 database.\n"
        "Copyright: %s\n\n" % (copyright_path, version, copyright_line)
    ) + licence_text)

    source = "WordNet 3.0, Princeton University, via Debian wordnet-base %s" % version
    licence = "WordNet 3.0 licence, see %s" % LICENSE_NAME
    generated = "generated by Tools/make_wordnet.py; do not edit by hand"

    words, key_case = read_data_words(wordnet_dir)
    people = first_sense_people(wordnet_dir)
    counts = read_counts(wordnet_dir, words, key_case)
    out = [header([
        "english-words: single-token English words that WordNet writes in lowercase "
        "(common words), with part of speech, SemCor tag counts and a proper-noun flag",
        "source: " + source,
        "licence: " + licence,
        generated,
        "pos = parts of speech with a lowercase use (n noun, v verb, a adjective incl. "
        "satellites, r adverb); counts = SemCor tag counts from cntlist.rev summed per "
        "pos over the senses in which the word is written in lowercase "
        "(keys of senses no longer in WordNet 3.0 count for a pos with a lowercase use), e.g. \"n:12 v:40\" (empty if none); "
        "proper = P if WordNet also writes the word capitalised (a proper noun); "
        "person = p if the word's first (most frequent) noun sense names a kind of person (noun.person: journalist, poet, survivor)",
        "columns: word<TAB>pos<TAB>counts<TAB>proper<TAB>person",
    ])]
    n_words = 0
    for word in sorted(words):
        entry = words[word]
        if not entry["lower"] or not LOWER_TOKEN_RE.match(word):
            continue
        pos = "".join(p for p in POS_ORDER if p in entry["lower"])
        per_pos = counts.get(word, {})
        count_text = " ".join(
            "%s:%d" % (p, per_pos[p]) for p in POS_ORDER if per_pos.get(p, 0) > 0
        )
        proper = "P" if entry["capital"] else ""
        person = "p" if word in people else ""
        out.append("%s\t%s\t%s\t%s\t%s\n" % (word, pos, count_text, proper, person))
        n_words += 1
    write_file(WORDS_PATH, "".join(out))

    rows, skipped = read_exceptions(wordnet_dir)
    out = [header([
        "english-morphology: irregular inflected forms and their lemmas, from WordNet's "
        "exception lists (noun.exc, verb.exc, adj.exc, adv.exc); single-token entries only",
        "source: " + source,
        "licence: " + licence,
        generated,
        "pos = n noun, v verb, a adjective, r adverb",
        "columns: form<TAB>lemma<TAB>pos",
    ])]
    out.extend("%s\t%s\t%s\n" % row for row in rows)
    write_file(MORPH_PATH, "".join(out))

    proper = read_proper_nouns(wordnet_dir)
    out = [header([
        "english-proper-nouns: names WordNet writes capitalised, with the kind of thing they name: "
        "people (a people or its members: Hmong, Kashmiri), place, language, thing (a made thing: "
        "Kalashnikov), organization (acronyms only: NATO); names of one person or one organisation "
        "are left out (no general language)",
        "source: " + source,
        "licence: " + licence,
        generated,
        "kinds from the noun lexicographer files (noun.person, noun.location, noun.group, "
        "noun.communication); a noun.person sense whose gloss reads \"a member/native/... of\" is a people",
        "columns: name<TAB>kinds (comma-separated)",
    ])]
    out.extend("%s\t%s\n" % (name, ",".join(sorted(kinds))) for name, kinds in sorted(proper.items()))
    write_file(PROPER_PATH, "".join(out))

    print("wrote %s (%d rows)" % (os.path.relpath(WORDS_PATH), n_words))
    print("wrote %s (%d rows)" % (os.path.relpath(PROPER_PATH), len(proper)))
    print("wrote %s (%d rows); skipped %d exception pairs that are not single tokens"
          % (os.path.relpath(MORPH_PATH), len(rows), len(skipped)))


def first_sense_people(wordnet_dir):
    """Lower-case noun lemmas whose first (most frequent) sense in index.noun is in noun.person."""
    lexfile = {}
    with open(os.path.join(wordnet_dir, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                parts = line.split(" ", 2)
                lexfile[parts[0]] = int(parts[1])
    out = set()
    with open(os.path.join(wordnet_dir, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, p_cnt = parts[0], int(parts[3])
            offsets = parts[4 + p_cnt + 2:]
            if offsets and lexfile.get(offsets[0]) == 18 and LOWER_TOKEN_RE.match(lemma):
                out.add(lemma)
    return out


def read_proper_nouns(wordnet_dir):
    """Capitalised noun lemmas of the person, location, group and communication files, with the
    kinds of their senses."""
    kinds = {}
    with open(os.path.join(wordnet_dir, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition("| ")
            parts = head.split()
            lexfile = int(parts[1])
            if lexfile not in LEXFILE_KIND:
                continue
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(count)]
            kind = LEXFILE_KIND[lexfile]
            if kind == "person" and PEOPLE_GLOSS.search(gloss.strip()[:45]):
                kind = "people"
            # names of one person or one organisation are no general language: leave them out, but
            # for the acronyms of organisations (UN, NATO), which stand in news of every kind
            if kind == "person":
                continue
            for w in words:
                w = re.sub(r"\((?:a|p|ip)\)$", "", w)
                if not any(c.isupper() for c in w) or not re.match(r"^[A-Za-z][A-Za-z.'_-]*$", w):
                    continue
                if kind == "organization" and not ACRONYM_RE.match(w):
                    continue
                kinds.setdefault(w.replace("_", " "), set()).add(kind)
    return kinds


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def check():
    failures = []

    def fail(message):
        failures.append(message)
        print("FAILED: " + message)

    for path in (WORDS_PATH, MORPH_PATH, os.path.join(DATA_DIR, LICENSE_NAME)):
        if not os.path.isfile(path):
            fail("missing file %s" % path)
    if failures:
        return 1

    word_rows = read_rows(WORDS_PATH)
    morph_rows = read_rows(MORPH_PATH)
    words = {}
    for i, row in enumerate(word_rows):
        if len(row) != 5:
            fail("english-words row %d has %d columns: %r" % (i + 1, len(row), row))
            continue
        word, pos, counts, proper, _person = row
        if not LOWER_TOKEN_RE.match(word):
            fail("english-words: bad word %r" % word)
        if not pos or any(p not in POS_ORDER for p in pos):
            fail("english-words: bad pos %r for %r" % (pos, word))
        if counts and not re.match(r"^[nvar]:[1-9][0-9]*( [nvar]:[1-9][0-9]*)*$", counts):
            fail("english-words: bad counts %r for %r" % (counts, word))
        if counts and any(part[0] not in pos for part in counts.split(" ")):
            fail("english-words: counts %r of %r name a pos not in %r" % (counts, word, pos))
        if proper not in ("", "P"):
            fail("english-words: bad proper %r for %r" % (proper, word))
        if word in words:
            fail("english-words: duplicate word %r" % word)
        words[word] = (pos, counts, proper)
    if [r[0] for r in word_rows] != sorted(r[0] for r in word_rows):
        fail("english-words: rows are not sorted")

    morph = set()
    for i, row in enumerate(morph_rows):
        if len(row) != 3:
            fail("english-morphology row %d has %d columns: %r" % (i + 1, len(row), row))
            continue
        morph.add(tuple(row))
    if morph_rows != sorted(morph_rows) or len(morph) != len(morph_rows):
        fail("english-morphology: rows are not sorted and unique")

    def expect_pos(word, letters):
        if word not in words:
            fail("%s is not a row (expected pos %s)" % (word, letters))
            return
        missing = [p for p in letters if p not in words[word][0]]
        if missing:
            fail("%s has pos %r, expected to include %s" % (word, words[word][0], letters))

    for word in ("meanwhile", "notably", "separately", "secondly", "however"):
        expect_pos(word, "r")
    for word in ("police", "diplomat", "source", "family"):
        expect_pos(word, "n")
    expect_pos("arrest", "nv")
    expect_pos("charge", "nv")
    expect_pos("fine", "nva")
    expect_pos("witness", "nv")
    expect_pos("let", "v")
    for word in ("china", "mark"):
        if word not in words:
            fail("%s is not a row (expected a common word marked P)" % word)
        elif words[word][2] != "P":
            fail("%s should be marked P (also a proper noun)" % word)
    for word in ("paris", "cambodia"):
        if word in words:
            fail("%s should not be a row (only a proper noun)" % word)
    for row in (("took", "take", "v"), ("taken", "take", "v"), ("fled", "flee", "v"),
                ("kidnapped", "kidnap", "v"), ("men", "man", "n")):
        if row not in morph:
            fail("english-morphology lacks %s" % "\t".join(row))

    print("english-words.tsv: %d rows, %d bytes"
          % (len(word_rows), os.path.getsize(WORDS_PATH)))
    print("english-morphology.tsv: %d rows, %d bytes"
          % (len(morph_rows), os.path.getsize(MORPH_PATH)))
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet",
                        help="WordNet 3.0 database directory (default: %(default)s)")
    parser.add_argument("--check-only", action="store_true",
                        help="only check the existing generated files")
    parser.add_argument("--copyright", default="/usr/share/doc/wordnet-base/copyright",
                        help="Debian copyright file with the licence (default: %(default)s)")
    args = parser.parse_args()
    if not args.check_only:
        generate(args.wordnet, args.copyright)
    return check()


if __name__ == "__main__":
    sys.exit(main())
