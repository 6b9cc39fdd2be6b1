// Accessors for the bytes tables.S links in, so Swift reads them without touching the symbols.
#include "KGraphTables.h"

extern const unsigned char kgraph_vocabulary_start[];
extern const unsigned char kgraph_vocabulary_end[];
extern const unsigned char kgraph_lexicon_start[];
extern const unsigned char kgraph_lexicon_end[];

const unsigned char *kgraph_vocabulary_tables(size_t *byteCount) {
    *byteCount = (size_t)(kgraph_vocabulary_end - kgraph_vocabulary_start);
    return kgraph_vocabulary_start;
}

const unsigned char *kgraph_lexicon_tables(size_t *byteCount) {
    *byteCount = (size_t)(kgraph_lexicon_end - kgraph_lexicon_start);
    return kgraph_lexicon_start;
}
