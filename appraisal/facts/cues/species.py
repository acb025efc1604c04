"""The species cue table (animal, in-vitro, human) with its blockers ("intestinal worms",
"extrapolation to humans"). A table of its own: species is the one fact also looked for in Background."""
from __future__ import annotations

from .markers import STRONG


# animals a remedy is made from ("dog and guinea-pig testicles"), read by the blocker for extracts below
_SOURCE_ANIMALS = (r"(?:animals?|dogs?|guinea[- ]pigs?|pigs?|cattle|cows?|calves|bulls?|sheep|rams?|goats?|horses?|rabbits?|"
                   r"rats?|mice|monkeys?|bovine|porcine|ovine)")


_SPECIES_CUES: list[tuple[str, tuple, bool]] = [
    # "children with intestinal worms": a parasite of the people studied, not a worm model
    (r"(?:intestinal|parasitic|soil[- ]transmitted|helminth\w*|gut)\s+worms|worms?\s+(?:infections?|infestations?|burden|eggs)|"
     r"(?:infected|infested)\s+with\s+(?:[\w-]+\s+)?worms", (), True),
    # "extrapolation to people": where the finding may lead, not who was studied
    (r"non[- ]?human|humani[sz]ed|(?:translat\w+|extrapolat\w+|generali[sz]\w+|appl\w+|relevance)\s+to\s+(?:humans|people)", (), True),
    # "per-capita consumption of animal fat", "animal-source foods": food from animals eaten by people, not an animal studied
    (r"animal[- ](?:fats?|proteins?|products?|foods?|source\s+foods?|sourced?|origin|derived)\b|(?:of|from)\s+animal\s+(?:origin|sources?)|"
     # "the protein made up from lean meat, fish or chicken", "chicken breast": chicken on the plate, not a bird studied
     r"(?:meat|fish|poultry|beef|pork|lamb|turkey|eggs|seafood|tofu|beans|pulses)(?:,\s+[\w-]+){0,3},?\s+(?:or|and)\s+chicken\b|"
     r"chicken\s+(?:breasts?|soup|meat|nuggets|wings|thighs|broth|dishes|meals?|sandwich(?:es)?|curry|salad)\b",
     (), True),
    # "mouse-adapted influenza strains", "a rat-adapted virus": a property of a microbe grown in the lab, not
    # the animal studied
    (r"(?:mouse|mice|rat|ferret|hamster|guinea[- ]pig)[- ]adapted", (), True),
    # "five doses of rabbit ATG", "horse antithymocyte globulin", "porcine surfactant": a drug made in an animal and given
    # to the patients, not an animal studied
    (r"(?:rabbit|horse|equine|goat|sheep|ovine|bovine|porcine|mouse|murine)\s+(?:anti-?thymocyte\s+globulins?|atg|"
     r"anti-?lymphocyte\s+globulins?|anti-?sera|antiserum|anti-?venoms?|immunoglobulins?|insulin|heparin|surfactant)\b", (), True),
    # "an extract of testicular blood, semen and tissue from dogs and guinea pigs", "an extract of dog and guinea-pig
    # testicles", "Animal Testicular Extract": a remedy made from animals and given to the people studied, like an
    # antiserum (not "mice were given a green tea extract", where the animals are dosed, not the source)
    # (the words between name the material, not "an extract of green tea on the survival of mice")
    (r"extracts?\s+(?:(?!(?:on|in|to|for|into|given|fed|was|were|is|are|by|at|against)\b)[\w,-]+\s+){0,8}?(?:from|of)\s+"
     r"(?:the\s+)?(?:[\w-]+\s+)?" + _SOURCE_ANIMALS +
     r"(?:\s+(?:and|or)\s+" + _SOURCE_ANIMALS + r")?|"
     # (an animal named as a noun's modifier, not "rats given ginkgo extract", where the rats are dosed)
     r"(?:animal|dog|guinea[- ]pig|pig|cow|calf|bull|sheep|goat|horse|rabbit|rat|mouse|monkey|bovine|porcine|ovine)\s+"
     r"(?:(?!(?:given|fed|treated|received|receiving|were|was|with|and|or|on)\b)[\w-]+\s+){0,2}?extracts?\b", (), True),
    # "graft function and in vitro donor reactivity": a patient's immune response measured in the dish, a readout of
    # a clinical study, not cell work
    (r"in[\s-]+vitro\s+(?:anti-?)?(?:donor\s+)?(?:reactivity|alloreactivity)\b", (), True),
    # "Mouse tumour experiments in the paper not summarised here": a companion experiment the summary leaves out, not the
    # study summarised ("Companion experiments in treated mice are not covered" is already denied by its "are not";
    # "mouse experiments were not blinded" still describes the study)
    (r"(?:mouse|mice|murine|rats?|rodents?|animals?|in\s+vivo)\s+(?:[\w-]+\s+){0,2}?(?:experiments?|studies|work|data|results|"
     r"findings)\s+(?:[\w-]+\s+){0,4}?(?:(?:are|were|is|was)\s+)?not\s+(?:summari[sz]ed|covered|described|included|discussed)\s+"
     r"(?:here|in\s+(?:this|the)\s+summary)\b", (), True),
    (r"rats?|mice|mouse|murine|rodents?|rabbits?|dogs?|canine|cats|feline|pigs?|piglets|swine|sheep|goats?|cattle|cows|calves|horses?|equine|primates|monkeys?|macaques?|chimpanzees?|baboons?|marmosets?|zebrafish|hamsters?|gerbils?|ferrets?|chickens?|broilers|drosophila|c\.\s?elegans|caenorhabditis|nematodes?|worms|fruit\s+flies|invertebrates?|sprague[- ]dawley|wistar|c57bl/?6\w*|balb/?c|animals?|xenografts?|in\s+vivo\s+model|"
     r"(?:porcine|bovine|ovine|caprine|primate|rodent)\s+(?:model|study|studies|experiments?)",
     (("species", "animal", STRONG),), False),
    # "Ventricular myocytes were isolated from the hearts of rabbits", "osteoprogenitor cells isolated from rat
    # calvaria": cells taken out of animals and studied in the dish are in-vitro work (cells "isolated from fat"
    # of trial patients are not; "grew neurons taken from the hippocampus of embryonic rats": the same, taken out)
    (r"in[\s-]+vitro|cell[- ]cultures?|grown\s+in\s+(?:the\s+)?(?:primary\s+)?(?:lab(?:oratory)?|dish(?:es)?|petri\s+dishes|culture|flasks|plates)|cultured\s+in\s+(?:[\w-]+\s+){0,2}?(?:medium|media)\b|cultured\s+(?:[\w-]+\s+){0,3}?(?:cells|follicles|keratinocytes|fibroblasts|hepatocytes|adipocytes|myocytes|myotubes|cardiomyocytes|neurone?s|macrophages|monocytes|lymphocytes|chondrocytes|osteoblasts|explants|tissues?|organoids|islets|spheroids)|(?:primary|immortali[sz]ed)\s+(?:[\w-]+\s+){0,2}?cells|(?:cells|fibroblasts|keratinocytes|hepatocytes|adipocytes|myocytes|myoblasts|cardiomyocytes|neurone?s|macrophages|chondrocytes|osteoblasts|tenocytes|explants)\s+(?:were\s+)?(?:cultured|grown)\s+from|cell\s+lines?|cells\s+(?:and\s+(?:[\w-]+\s+)?(?:explants|cultures|slices)\s+)?were\s+(?:treated|incubated|exposed|cultured|seeded|stimulated|transfected|infected)|(?:cells|myocytes|cardiomyocytes|hepatocytes|adipocytes|islets|neurone?s|fibroblasts|macrophages|chondrocytes|keratinocytes)\s+(?:(?:were|was)\s+(?:[\w-]+ly\s+)?)?(?:isolated|dissociated|taken)\s+from\s+(?:[\w-]+\s+){0,4}?(?:rats?|mice|mouse|rabbits?|pigs?|piglets|dogs?|guinea\s+pigs|hamsters?|animals|embryos)\b|organoids?|hela|hepg2|caco-2|mcf-7|raw\s*264\.7|huvecs?|"
     # "Human embryonic kidney (HEK293) cells": a standard laboratory line
     r"hek[- ]?293t?|"
     # "Primary human fibroblasts were made senescent", "primary mouse hepatocytes": cells of a named kind freshly
     # taken for culture ("primary care physicians", "the primary outcome" name no cells); "conditioned media were
     # collected": medium the cultured cells have grown in ("air-conditioned" rooms are no culture)
     r"(?:primary|immortali[sz]ed)\s+(?:[\w-]+\s+){0,2}?(?:fibroblasts|keratinocytes|hepatocytes|adipocytes|myoblasts|"
     r"myocytes|cardiomyocytes|neurone?s|astrocytes|microglia|macrophages|monocytes|chondrocytes|osteoblasts|tenocytes|"
     r"endothelial\s+cells)\b|conditioned(?<!-conditioned)\s+(?:culture\s+)?(?:medium|media)\b|"
     # "Laboratory (test-tube) experiments using basophils from human blood": work done in glass, in plain words ("test-tube
     # babies" are people)
     r"test[- ]tube\)?\s+(?:experiments?|studies|work|assays?|tests)\b|"
     # "monolayers of Vero E6 cells": the monkey kidney line of virology work
     r"vero(?:[- ]?(?:e6|76|ccl-?81))?\s+cells|vero[- ]?e6|"
     # "Rat IEC-6 and human Caco-2 monolayers exposed to gliadin vs untreated monolayers": cells grown as one layer in a
     # dish or on a filter, and the rat gut line of permeability work
     r"monolayers?|iec[- ]?6|"
     # "Human lung fibroblasts (IMR-90)", "WI-38 cells": the standard fibroblast strains of cell-ageing work
     r"imr[- ]?90|wi[- ]?38|"
     # "Tissue explants of adult mouse heart were cultured", "explant cultures": pieces of tissue kept in the dish
     # (an "explant" operation removes a device from a patient, and is singular and not a tissue's)
     r"(?:tissue|organ|organotypic)\s+explants?|explant\s+cultures?",
     (("species", "in-vitro", STRONG),), False),
    # "661W cells, a mouse cone photoreceptor-derived line": a cell line named by the tissue it came from (only after a
    # hyphen: "a transgenic mouse line" is a strain of animals, and "derived" alone names no source)
    (r"(?<=-)derived\s+(?:cell\s+)?lines?", (("species", "in-vitro", STRONG),), False),
    # "Culture-adapted P. falciparum isolates", "parallel cultures exposed to the solvent": microbes or cells kept
    # and dosed in the laboratory ("blood cultures were positive" is a diagnosis, not an experiment)
    # ("Cultures stimulated the same way without the drug served as the comparison": cultures of an experiment;
    # "Peripheral blood CD4+ T cells from healthy donors and from patients ... were stimulated with antibodies": cells
    # taken from people and worked on in the dish, whoever gave them; "cells from patients were infused" is a therapy)
    # ("tested against Gram-positive and Gram-negative bacteria, yeasts and protozoa in culture", "Laboratory cultures
    # only": agents tried on microbes grown in the laboratory; "blood cultures" of patients are a diagnosis)
    (r"culture[- ]adapted|cultures\s+(?:were\s+)?(?:exposed|treated|incubated|stimulated)\s+(?:to|with|(?:in\s+)?the\s+same\s+way)\b|"
     r"laboratory\s+cultures?\b|"
     r"(?:tested|assayed|screened)\s+against\s+[^.;:()]{1,100}?\b(?:bacteria|fungi|yeasts?|protozoa|parasites|microbes|"
     r"micro-?organisms|isolates|strains|cells)\s+in\s+culture\b|"
     r"cells\s+from\s+(?:[\w-]+\s+){1,10}?(?:were|was)\s+(?:stimulated|cultured|incubated)\s+(?:with|in|for)\b|"
     # "Each sample was divided: one portion was incubated with myo-inositol, the other in the same medium": a split
     # sample dosed in the dish ("each blood sample was split and frozen" is storage, not an experiment)
     r"(?:samples?|specimens?)\s+(?:was|were)\s+(?:divided|split)\b[^.;]{0,40}?\b(?:incubated|cultured|exposed|treated)\s+(?:with|in|to)\b|"
     # "study keyboards were inoculated with oxacillin-resistant Staphylococcus aureus", "steel coupons were contaminated
     # with spores": objects dosed with microbes on the bench (people or animals "inoculated with" a vaccine or a
     # challenge virus are not named here)
     r"(?:surfaces|keyboards?|coupons|carriers|discs|disks|swatches|fabrics?|textiles?|tiles|slides|(?:agar\s+)?plates)\s+"
     r"(?:were|was)\s+(?:(?:then|first|each|experimentally|artificially|deliberately)\s+)?(?:inoculated|contaminated|seeded|spiked)\s+with\b",
     (("species", "in-vitro", STRONG),), False),
    # "muscles ... kept alive in oxygenated Ringer's solution", "Isolated mouse tissue": organs or tissue taken out of an
    # animal and kept in a bath are laboratory work ("isolated muscle weakness" names no animal)
    # ("biopsies ... mounted in microsnapwells", "mounted in Ussing chambers": living gut tissue held between two baths)
    (r"(?:kept\s+alive|maintained|bathed|superfused|suspended|mounted)\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:ringer['’]?s?|krebs|tyrode['’]?s?|organ\s+baths?|tissue\s+baths?|ussing\s+chambers?|micro-?snapwells?)\b|"
     r"isolated\s+(?:[\w-]+\s+){0,3}?(?:mouse|murine|rat|rabbit|guinea[- ]pig|frog|toad|animal)\s+(?:[\w-]+\s+)?"
     r"(?:muscles?|tissues?|hearts?|aortas?|arteries|nerves?|tendons?|slices|strips|rings|segments|preparations?|"
     # "In the isolated perfused rat pancreas, GLP-1 released insulin": a whole organ taken out and perfused in the lab
     r"pancreas|livers?|kidneys?|lungs?)\b|"
     # "Laboratory study in isolated pancreases from rats, perfused through the arterial supply": the same, the animal
     # named after the organ (not "isolated hearts from rats fed the diet", organs of dosed animals)
     r"isolated\s+(?:[\w-]+\s+){0,2}?(?:organs|hearts|pancreases|pancreata|livers|kidneys|lungs|muscles|aortas|tissues?)\s+"
     r"(?:(?:were|was)\s+)?(?:(?:taken|removed|obtained|excised|dissected)\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:rats?|mice|rabbits?|pigs?|dogs?|guinea[- ]pigs|hamsters?|animals)\b"
     r"(?!\s+(?:fed|given|treated|dosed|injected|receiving|that|which|after)\b)|"
     # "aortic rings from rats were mounted", "arterial segments dissected from mice": pieces of tissue cut out of an
     # animal for the bath ("hearts from rats fed the diet were weighed" is an animal study's post-mortem)
     r"(?:rings|strips|segments|slices)\s+(?:(?:were|was)\s+)?(?:(?:isolated|dissected|excised|cut|taken|removed|obtained|prepared)\s+)?"
     r"from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rats?|mice|mouse|rabbits?|pigs?|piglets|dogs?|guinea[- ]pigs|hamsters?|animals)\b",
     (("species", "in-vitro", STRONG),), False),
    # "expressed in Xenopus laevis oocytes": frog eggs used as a vessel for the receptors studied, cells in the dish
    (r"(?:xenopus(?:\s+laevis)?|frog)\s+oocytes", (("species", "in-vitro", STRONG),), False),
    # "unilamellar liposomes", "artificial membranes", "a liposome model": a cell-free preparation in the lab
    # ("liposomal vitamin C" given to people is a formulation, not the system studied)
    (r"(?:uni|multi)lamellar\s+(?:liposomes|vesicles)|(?:artificial|model|synthetic)\s+(?:lipid\s+)?(?:membranes|bilayers|liposomes)|"
     r"liposome\s+(?:model|study|experiments?|assays?)|cell[- ]free\s+(?:systems?|assays?|models?|preparations?)|"
     # "Purified human SIRT1 assayed with acetylated peptide substrates", "Purified enzyme and substrates only": an
     # enzyme worked on in the test tube ("purified protein derivative" is the tuberculin skin test given to people)
     r"purified\s+(?:recombinant\s+)?(?:[\w-]+\s+)?enzymes?\b|"
     r"purified\s+(?:recombinant\s+)?(?!protein\s+derivative)(?:[\w-]+\s+){1,2}?(?:(?:was|were)\s+)?assayed\b",
     (("species", "in-vitro", STRONG),), False),
    # "pts": patients, in a writer's shorthand ("3 pts higher" on a scale counts points)
    # ("Rat pups were ... kept away from their mothers": the young's own mothers are of their kind, so "their mothers"
    # names no people; "mothers" alone, and the babies of a human study, still do)
    # ("A college footballer", "a 19-year-old college football player": one athlete, named by the sport; a bare "key
    # player" may be a molecule)
    (r"pts(?!\s+(?:higher|lower|better|worse|more|less|greater|smaller|on\s+the|in\s+the)\b)|footballer\b|athlete\b|"
     r"(?:football|soccer|rugby|hockey|basketball|baseball|handball|volleyball|tennis|college|professional|elite|amateur)\s+players?\b|"
     r"patients?|participants|adults|volunteers|women|men|woman|man|children|child|subjects|individuals|people|persons|infants|neonates|newborns|adolescents|girls|boys|elderly|athletes|smokers|students|pupils|schoolchildren|veterans|outpatients|inpatients|pregnan\w+|postmenopausal|nurses|employees|workers|farmers|farmworkers|miners|applicators|firefighters|welders|labou?rers|doctors|physicians|clinicians|soldiers|recruits|runners|cyclists|rowers|swimmers|triathletes|sprinters|skiers|footballers|bodybuilders|weightlifters|twins|(?<!\btheir\s)mothers|residents|respondents|survivors|professionals|passengers|travell?ers|(?:military|service|airline)\s+(?:personnel|staff)|healthy\s+controls|humans|human\s+(?:trials|studies|participants|subjects|volunteers)",
     (("species", "human", STRONG),), False),
    # "30 cohort studies reporting cancer mortality were included": epidemiological studies follow or survey people
    # (a review that names no person otherwise; an animal experiment's own animals outnumber this in its Methods)
    (r"(?:cohort|case[- ]control|cross[- ]sectional|epidemiologic(?:al)?)\s+studies",
     (("species", "human", STRONG),), False),
    # "deaths and hospitalisations wholly attributable to alcohol", "compared admissions for acute myocardial infarction
    # after a smoke-free law": hospital stays counted from records are people's, though no person is named
    (r"hospitali[sz]ations|hospital\s+admissions|(?:hospital\s+)?admissions\s+(?:for|with)\b",
     (("species", "human", STRONG),), False),
    # "Mostly North American and European populations", "the general population": peoples, not animal stocks
    (r"(?:general|american|european|asian|african|western|scandinavian|nordic|chinese|japanese|hispanic|latino)\s+"
     r"(?:(?:and|or)\s+[\w-]+\s+)?populations?\b",
     (("species", "human", STRONG),), False),
]
