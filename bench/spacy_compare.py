"""Tag and parse the EWT test sentences with spaCy's small English model.

Gold tokenization (spaCy gets the treebank's words), one process, NER
excluded. Prints UPOS accuracy and speed as `SPACY UPOS=... tokens_per_s=...`
where tokens_per_s is per second of process CPU time, as in `dyad nlp eval`.
"""
import sys
import time

import spacy
from spacy.tokens import Doc


def read_conllu(path):
    sents, words, upos = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sents.append((words, upos))
                words, upos = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            words.append(cols[1])
            upos.append(cols[3])
    if words:
        sents.append((words, upos))
    return sents


def main():
    path, model = sys.argv[1], sys.argv[2]
    nlp = spacy.load(model, exclude=["ner"])
    sents = read_conllu(path)
    n_tokens = sum(len(w) for w, _ in sents)
    docs = [Doc(nlp.vocab, words=w) for w, _ in sents]
    # Warm-up on a few sentences.
    list(nlp.pipe(docs[:50]))
    docs = [Doc(nlp.vocab, words=w) for w, _ in sents]
    t, c = time.perf_counter(), time.process_time()
    out = list(nlp.pipe(docs, batch_size=256))
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    correct = sum(
        tok.pos_ == g for doc, (_, gold) in zip(out, sents) for tok, g in zip(doc, gold)
    )
    print(f"spaCy {spacy.__version__} {model}, pipes {nlp.pipe_names}")
    # Like dyad's eval, tokens_per_s is per CPU-second (the machine is shared).
    print(f"wall-clock speed {n_tokens / wall:.0f} tokens/s")
    print(f"SPACY UPOS={100.0 * correct / n_tokens:.2f} tokens={n_tokens} tokens_per_s={n_tokens / cpu:.0f}")


if __name__ == "__main__":
    main()
