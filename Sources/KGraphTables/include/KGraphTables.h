// kgraph's compiled vocabulary and lexicon, linked into the binary: the bytes of vocabulary.kgt and
// lexicon.kgt (generated from the TSVs by `kgraph-dev compile-tables`; format in
// KGraphVocabulary's CompiledTables.swift). Read in place by KGraphVocabulary's TableBytes.
#ifndef KGRAPH_TABLES_H
#define KGRAPH_TABLES_H

#include <stddef.h>

/// The compiled vocabulary's bytes (vocabulary.kgt); stores their count in *byteCount.
const unsigned char *kgraph_vocabulary_tables(size_t *byteCount);

/// The compiled lexicon's bytes (lexicon.kgt); stores their count in *byteCount.
const unsigned char *kgraph_lexicon_tables(size_t *byteCount);

#endif
