#!/bin/bash
cd /work/scratch-gold && . ./env.sh
printf 'law_id\tprovision\n' > prov.tsv
grep -F -f done_laws.txt sample_all.tsv | cut -f1,2 >> prov.tsv
java -cp $CP GoldTool build labels prov.tsv out.tsv x 2>&1 | grep -v "^UNCOVERED.*\[[^]]*\(法律\|政令\|省令\)[^]]*\]$" 
