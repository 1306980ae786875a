from common import emit
import attacks_en_a, attacks_en_b, attacks_en_c, attacks_i18n, benign_hard_en_a, benign_hard_en_b, benign_i18n, benign_en, extras_en
emit('attacks_en.jsonl', attacks_en_a.R + attacks_en_b.R + attacks_en_c.R + extras_en.ATT, 'en')
emit('attacks_i18n.jsonl', attacks_i18n.R)
emit('benign_hard_en.jsonl', benign_hard_en_a.R + benign_hard_en_b.R + extras_en.HARD, 'en')
emit('benign_i18n.jsonl', benign_i18n.R)
emit('benign_en.jsonl', benign_en.R + extras_en.BEN, 'en')
