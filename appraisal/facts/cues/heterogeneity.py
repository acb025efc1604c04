"""The heterogeneity cue table: words saying the people studied were mixed or alike
("heterogeneous causes", "a narrow, uniform sample"). A table of its own, so its cues may overlap the study cues."""
from __future__ import annotations

from .markers import STRONG


# "Restricted to ...": who was studied was one kind of people or animals (the kinds follow in the cue below), not
# "the comparison was restricted to" or "analyses were restricted to", which narrow an analysis
_RESTRICTED_TO = (r"restricted(?<!comparison\swas\srestricted)(?<!comparisons\swere\srestricted)(?<!analysis\swas\srestricted)"
                  r"(?<!analyses\swere\srestricted)\s+to\s+")

_HETEROGENEITY_CUES: list[tuple[str, tuple, bool]] = [
    (r"heterogene\w*|heterogenous|mixed\s+(?!(?:control|comparator|comparison|placebo)\b)(?:[a-z]+\s+)?(?:populations?|cohorts?|samples?|groups?|patients|etiolog\w*|aetiolog\w*|causes|diagnos[ie]s|conditions|indications|diseases|problems|complaints|injuries|disorders)|"
     # "mixed younger and older patients": two kinds of people named before the noun
     r"mixed\s+[a-z]+\s+(?:and|or)\s+[a-z]+\s+(?:populations?|cohorts?|samples?|patients|participants|people|adults)|"
     # "A mixed and constantly changing population", "a varied and ageing sample": two descriptions of who
     r"(?:mixed|diverse|varied)\s+and\s+(?:[a-z-]+\s+){1,2}?(?:populations?|cohorts?|samples?|patients|participants)\b|"
     # "The population was deliberately mixed - Hispanic, African American and Caucasian": the people, said to be mixed
     r"(?:populations?|samples?|cohorts?|participants|patients)\s+(?:was|were)\s+(?:deliberately\s+|intentionally\s+|purposely\s+|"
     r"ethnically\s+|racially\s+|very\s+|highly\s+)?(?:mixed|diverse)\b(?!\s+(?:with|into|in|together)\b)|"
     # "resulted in a varied population", "a varied sample of patients" (not "a varied diet")
     r"varied\s+(?:populations?|cohorts?|samples?|case[- ]mix)\b|"
     # "Populations varied: students, retirees ...", "patients varied widely across trials" (not "varied little")
     r"(?:populations?|participants|patients|subjects)\s+varied(?:\s+(?:widely|greatly|considerably|a\s+lot))?"
     r"(?=\s*[:;,.(—–]|\s+(?:across|between|among|from)\b)|"
     # "Mixed dementia types", "varying depressive diagnoses": kinds of illness among the people studied
     # (not "mixed cell types" in a dish, nor "varying doses")
     r"mixed\s+(?!(?:cell|fib(?:re|er)|muscle|tissue|food|fat|meal)\s)(?:[a-z]+\s+)?(?:sub)?types\s+(?:in|among|across)\b|"
     # "Mixed tumour types and chemotherapy regimens": the patients had different cancers (not "mixed cell types")
     r"mixed\s+(?:tumou?r|cancer|disease|illness|injury|wound|fracture|stroke|seizure|pain|headache)\s+(?:sub)?types\b|"
     # "Mixed MS subtypes (relapsing-remitting, progressive, clinically isolated syndrome)": the subtypes of the illness
     # the patients had, its name abbreviated (not "mixed cell subtypes" or "mixed receptor subtypes" in a dish, nor
     # "mixed product types", which are no subtypes)
     r"mixed\s+(?!(?:cell|fib(?:re|er)|muscle|tissue|receptor|neuron|neuronal|macrophage|lymphocyte|t-cell)\s)(?:[\w-]+\s+)?subtypes\b|"
     # "Mixed asthma phenotypes (allergic and non-allergic) pooled together": kinds of one illness analysed as one
     r"mixed\s+(?!(?:cell|fib(?:re|er)|muscle|tissue|food|fat|meal)\s)(?:[a-z]+\s+)?(?:sub)?(?:types|phenotypes|forms)\b"
     r"(?=\s*(?:\([^()]{1,120}\)\s*)?(?:were\s+|was\s+)?(?:analy[sz]ed|pooled|combined|lumped|grouped|studied)\s+together\b)|"
     r"(?:varying|varied|differing)\s+(?:[a-z]+\s+)?(?:diagnos[ie]s|disorders|diseases|etiolog\w*|aetiolog\w*|populations)|"
     # "a wide mix of infection sources", "very different kinds and stages of memory problems", "People in the
     # studies differed widely", "The trial populations differed widely", "Adults and children with different sleep
     # problems were combined"; "The population differed widely, combining three conditions": one population, said so
     r"(?:wide|broad|big)\s+mix\s+of|(?:very|quite|widely)\s+different\s+(?:kinds|types|stages|ages|backgrounds|conditions|problems|diseases)|"
     # ("Population differed widely: first IVF cycles and women with several failed cycles": one study's population;
     # "differed widely from the general population" compares it with others; "Men differed widely: some were on
     # short-term ADT ..., others on long-term": the people named by sex or age group)
     # ("The people pooled differed widely: many had heart disease ...": the people a review pooled; "The sample spanned
     # the whole country and differed widely by region, race and ethnicity": a second verb of the same people)
     # ("Recipients differed widely across trials": transplant recipients, the people a review pooled)
     # ("The mothers in the trials differed widely": mothers are the people of a pregnancy study; "Mothers in
     # Bangalore and Bangkok differed widely in diet": the people at the study's own sites; not "women in both arms
     # differed", a comparison of groups)
     r"(?:people|patients|participants|subjects|volunteers|residents|individuals|populations?|sample|cohort|men|women|adults|"
     r"children|recipients|mothers|fathers|couples|families)\s+"
     r"(?:in\s+the\s+(?:pooled\s+|included\s+)?(?:studies|trials)\s+|(?:pooled|included|studied|enrolled|recruited)\s+|"
     r"(?:in|from|at)\s+(?:(?!(?:was|were|is|are|not|never|but|which|who|that|the|both|each|groups?|arms?)\b)[\w-]+\s+){1,3}?(?=differed\b)|"
     r"(?:(?!(?:was|were|is|are|not|never|but|which|who|that)\b)[\w-]+\s+){1,4}?and\s+)?"
     r"differed\s+(?:widely|greatly|considerably|a\s+lot)(?!\s+from\b)|"
     # "Participants, diets and settings differed widely across trials": people first in a list of what differed
     # ("patients and case mix differed widely": the last item may be two words)
     r"(?:people|patients|participants|subjects|populations)(?:,\s*[\w-]+){0,3},?\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+differed\s+(?:widely|greatly|considerably|a\s+lot)"
     r"(?:\s+(?:across|between|among)\s+(?:the\s+)?(?:trials|studies))?|"
     # "Trials differed widely in populations", "the studies differed markedly in their participants"
     r"(?:trials|studies)\s+differed\s+(?:widely|greatly|considerably|markedly|substantially|a\s+lot)\s+in\s+(?:their\s+|the\s+)?"
     r"(?:populations?|participants|patients)\b|"
     # "The two sites differed widely: Barcelona participants smoked more ...", "centres differed markedly in case mix":
     # the places differed in the people they enrolled (not "sites differed in procedures")
     r"(?:sites|centres|centers|countries|regions|hospitals|clinics)\s+differed\s+(?:widely|greatly|considerably|markedly|"
     r"substantially|a\s+lot)(?=\s*[:;—–]\s*(?:[\w-]+\s+){0,3}?(?:participants|patients|people|residents|subjects|volunteers|"
     r"populations?)\b|\s+in\s+(?:their\s+|the\s+)?(?:populations?|participants|patients|case[- ]mix)\b|"
     # "Countries differed widely in income, disease burden and infrastructure": in how rich or ill their people were
     r"\s+in\s+(?:their\s+|the\s+)?(?:income|wealth|poverty|disease\s+burden|socio-?economic\s+(?:status|level|development))\b)|"
     # "the patients, who ranged widely in age and comorbidity", "A population differing widely in age": what only people
     # have (age, other illnesses) spread widely ("doses ranged widely in duration" names no one studied)
     # ("The children came from 31 countries and differed widely in genetic background, health care and fever
     # management": where people come from is theirs too)
     r"(?:ranged|ranging|differed|differing|varied|varying)\s+(?:very\s+)?(?:widely|greatly|considerably|markedly|substantially)\s+"
     r"in\s+(?:their\s+|the\s+)?(?:ages?|comorbidit(?:y|ies)|co-morbidit(?:y|ies)|disease\s+severity|"
     r"(?:genetic|ethnic|racial|cultural|socio-?economic)\s+(?:backgrounds?|origins?|make-?up)|ethnicit(?:y|ies))\b|"
     # "Populations ranged from healthy young volunteers to older adults with chronic illness" (not "from 18 to 65")
     r"(?:populations?|participants|patients|subjects|samples?)\s+ranged\s+from(?!\s+(?:about\s+|around\s+|approximately\s+|~)?\d)|"
     r"adults\s+and\s+children\s+(?:[\w-]+\s+){0,5}?(?:were\s+)?(?:combined|pooled|mixed|lumped)|"
     # "Case mix varied widely", "a broad case mix": the patients differed (not "case mix adjustment")
     r"case[- ]mix\s+(?:was\s+|were\s+)?(?:(?:very|highly|quite)\s+)?(?:varied|varying|diverse|broad|wide|mixed|heterogeneous)|"
     # "Case mix differed widely between regions and ICUs": the patients differed from place to place
     r"case[- ]mix\s+(?:differed|varied)\s+(?:widely|greatly|considerably|markedly|substantially|a\s+lot)\b|"
     # "Mixed medical, surgical and trauma case mix": the kinds of patients listed between the two words
     # ("A broad clinical case mix": the case mix named as clinical)
     r"(?:varied|diverse|broad|wide|mixed)\s+(?:[a-z]+,\s+){0,3}(?:[a-z]+\s+(?:and|or)\s+[a-z]+\s+|(?:clinical|patient|diagnostic)\s+)?case[- ]mix|"
     # "The trials mixed healthy adults with people diagnosed with insomnia": two kinds of people put together (not
     # "mixed the powder with water", nor "adults with insomnia" alone)
     r"\bmixed\s+(?:[\w-]+\s+){0,2}?(?:adults|people|patients|participants|volunteers|children|women|men|subjects)\s+with\s+"
     r"(?:[\w-]+\s+){0,2}?(?:adults|people|patients|participants|volunteers|children|women|men|subjects|those)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Included experiments differed in strain, sex, dose and start age": the pooled studies were done in
    # different kinds of animals or people ("differed in dose and duration" names no one studied)
    (r"(?:experiments|studies|trials|cohorts)\s+(?:differed|varied)\s+(?:widely\s+|greatly\s+|considerably\s+|a\s+lot\s+)?in\s+"
     r"(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?(?:strains?|sex(?:es)?|(?:start(?:ing)?\s+)?ages?|species|breeds?|genetic\s+backgrounds?)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Wide age range (about 35-80 years)": who was studied spans ages; "a broad spread of baseline
    # mobility", "a wide range of disease severity": people who started in very different states
    # ("Participants were admitted for a wide range of medical causes": people who came in for many different reasons;
    # "reduced deaths from a wide range of causes" counts outcomes)
    (r"(?:admitted|hospitali[sz]ed|presenting|presented|referred)\s+(?:with|for)\s+(?:an?\s+)?(?:wide|broad)\s+"
     r"(?:range|variety|spectrum|mix)\s+of\s+(?:[\w-]+\s+){0,2}?(?:causes|reasons|conditions|illnesses|diseases|diagnoses|"
     r"problems|complaints|injuries|disorders)\b|"
     r"(?:wide|broad)\s+(?:age\s+range|range\s+of\s+ages)|(?:wide|broad)\s+(?:range|spread|spectrum)\s+of\s+"
     r"(?:baseline\s+(?!(?:doses?|dosing)\b)[\w-]+|(?:disease\s+|illness\s+)?severity|frailty|functional\s+(?:status|ability|capacity)|"
     # "a broad range of chronic kidney disease": people at every stage of one disease (not "diseases", which
     # names outcomes, nor "disease outcomes")
     r"(?:[\w-]+\s+){0,3}?(?:disease|illness)\b(?!\s+(?:outcomes?|end[- ]?points?|events?|risks?|burden|areas?)\b))",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "severity differed widely between children", "baseline function varied greatly among patients": a trait of
    # the people studied spread widely across them (not "doses varied widely between patients")
    (r"(?:severity|ages?|symptoms|(?:baseline\s+)?characteristics|backgrounds|diagnoses|comorbidit(?:y|ies)|impairments?|"
     r"disabilit(?:y|ies)|functioning|(?:baseline\s+)?function)\s+(?:differed|varied)\s+(?:widely|greatly|considerably|markedly|"
     r"substantially|a\s+lot)\s+(?:between|among|across|from\s+one\s+\w+\s+to\s+another)(?:\s+(?:the\s+)?(?:[\w-]+\s+)?"
     r"(?:children|patients|participants|people|infants|adults|subjects|individuals|women|men|volunteers|residents))?\b|"
     # "ages, products and duration of use differed widely": a list led by a trait of the people (not "doses,
     # products and durations differed widely", which names no one)
     r"(?:ages|severity|symptoms|(?:baseline\s+)?characteristics|backgrounds|diagnoses|comorbidities)(?:,\s*[\w-]+(?:\s+[\w-]+){0,3}){0,3},?"
     r"\s+and\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:differed|varied)\s+(?:widely|greatly|considerably|markedly|substantially|a\s+lot)\b|"
     # "Causes of iron deficiency differed widely (heavy uterine bleeding, gastrointestinal blood loss, ...)": why the
     # people studied have their illness varied ("causes of death differed widely" are outcomes)
     r"(?:causes|aetiolog(?:y|ies)|etiolog(?:y|ies)|origins)\s+of\s+(?!(?:death|deaths|mortality|admissions?|hospitali[sz]ations?|"
     r"readmissions?|withdrawals?|dropouts?|drop-outs?|discontinuation|failures?|missing)\b)(?:[\w-]+\s+){1,3}?(?:differed|varied)\s+"
     r"(?:widely|greatly|considerably|markedly|substantially|a\s+lot)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "The trials lumped together outpatients and hospitalised adults": two kinds of people pooled as one
    (r"(?:pooled|lumped|combined)\s+(?:together\s+)?[\w-]+\s+and\s+[\w-]+\s+(?:[\w-]+\s+)?"
     r"(?:people|patients|participants|adults|residents|individuals|subjects|populations|children)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Enrolment was confined to mild cases", "population deliberately restricted to three diagnoses": who
    # could enter was narrowed on purpose (not "restricted to 20 participants", a size)
    # ("sampling was restricted to this age and sex")
    # ("Treated group restricted to the severe perinatal and infantile forms": the one group treated was narrowed;
    # "Entry was restricted to people with type 2 diabetes": who could enter the trial)
    (r"(?:population|sample|sampling|cohort|enrol(?:l)?ment|recruitment|eligibility|inclusion|entry|admission|participation|"
     r"(?:treated|treatment|study)\s+group)\s+(?:was\s+|were\s+)?"
     r"(?:deliberately\s+|intentionally\s+|purposely\s+|strictly\s+)?(?:restricted|confined)\s+to\s+(?!(?:about\s+|around\s+|the\s+first\s+)?\d)",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "Restricted to Taiwanese adults aged 30 to 65", "restricted to children from one community": a group
    # named by age, sex or walk of life was all that was studied ("restricted to patients with adequate
    # perfusion" is an entry criterion; "benefit confined to women whose ferritin was low" is an effect)
    # ("the comparison was restricted to children of mothers with epilepsy" narrows an analysis, not who was studied)
    # ("Restricted to young, healthy students from one university": the adjectives may be listed with commas)
    (_RESTRICTED_TO + r"(?:"
     r"(?!(?:about\s+|around\s+|the\s+first\s+)?\d)(?:[\w/-]+,?\s+){0,3}?"
     r"(?:adults|children|infants|men|women|boys|girls|residents|adolescents|students|athletes|workers|employees|veterans|"
     r"smokers|elderly|beneficiaries|enrollees|enrolees|pensioners|retirees|"
     # "Restricted to survivors with at least moderate sleep disturbance": people who have come through an illness
     r"survivors|"
     # "Restricted to female registered nurses": one occupation
     r"nurses|physicians|doctors|teachers|soldiers|firefighters|farmers|miners|professionals|"
     # "Restricted to inpatients over 50 able to drink the product": patients named by where they were treated
     r"inpatients|outpatients|in-patients|out-patients|"
     # "Restricted to schools in socially deprived neighbourhoods": children named by the schools they attend
     r"schools|pupils|schoolchildren|"
     # "Restricted to dogs with clear cardiomegaly": an animal study's patients, narrowed on purpose
     r"dogs|cats|horses|cattle|cows|pigs|sheep|"
     # "Restricted to male C57BL/6J mice of one inbred strain": laboratory animals of one sex or strain, on purpose
     r"mice|rats|rabbits|hamsters|monkeys|animals)\b|"
     # "restricted to patients aged 65 or older": any people, named by their age
     r"(?!(?:about\s+|around\s+|the\s+first\s+)?\d)(?:[\w-]+\s+){0,2}?(?:patients|people|persons|individuals|participants|"
     r"subjects|members)\s+aged\b|"
     # "Restricted to living-donor recipients at low immunological risk", "Restricted to living-donor transplants with
     # short cold ischaemia": one kind of transplant recipient (or donor) was all that was studied
     r"(?!(?:the|these|those|all|only|eligible|evaluable)\b)(?:[\w-]+\s+){1,2}?"
     r"(?:recipients|donors|transplants|transplantations)\b|"
     # "Restricted to overweight patients, so findings may not apply to lean patients": patients of one kind, named by
     # the words before them (not "restricted to patients with adequate perfusion", an entry criterion, nor "restricted
     # to the eligible patients", an analysis set)
     r"(?!(?:about|around|the|these|those|such|all|only|eligible|evaluable|consenting|"
     r"treated|randomi[sz]ed|enrolled|included|adherent|compliant|surviving|first)\b|\d)(?:[\w-]+,?\s+){1,2}?"
     r"(?:patients|people|persons|individuals|participants|subjects)\b|"
     # "Restricted to patients with abdominal sepsis after emergency surgery", "Restricted to people with type 2
     # diabetes": people named by the one illness they all had (not "restricted to patients with adequate arterial
     # perfusion" or "with complete data", a condition for taking part or for the analysis)
     r"(?:patients|people|persons|individuals|participants|subjects)\s+with\s+"
     r"(?!(?:no|without|adequate|sufficient|complete|available)\b)(?:[\w-]+\s+){0,3}?[\w-]*(?:itis|osis|aemia|emia|oma|pathy|"
     r"disease|sepsis|diabetes|failure|syndrome|deficiency|disorder|injury|cancer|infection|shock|asthma|obesity|"
     r"hypertension|dementia|stroke|fractures?|ulcers?)\b|"
     # "Restricted to a Norwegian population aged 70-82", "restricted to an urban population": who was studied was
     # one kind of people (not "restricted to the per-protocol population", an analysis set)
     r"(?:an?|one|a\s+single)\s+(?!(?:per[- ]protocol|intention|intent|itt|modified|safety|"
     r"analy[sz]\w*|evaluable|completers?|study|trial)\b)(?:[\w-]+\s+){0,2}?populations?\b)",
     (("heterogeneity", "homogeneous", STRONG),), False),
    (r"diverse\s+(?:populations?|samples?|cohorts?|groups?|participants)|(?:ethnically|geographically|racially|culturally|clinically|demographically|socially|socio-?economically)\s+(?:and\s+[a-z]+\s+)?diverse",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "The population was mixed: term and preterm infants", "the sample was large and demographically
    # diverse", "so the group was very mixed": said of who was studied (not "samples were mixed with buffer")
    (r"(?:populations?|sample|cohort|group|participants|patients|subjects|respondents|volunteers)\s+(?:was|were|is|are)\s+"
     r"(?:[\w-]+\s+(?:and|but)\s+)?(?:(?:very|quite|rather|highly|fairly|broadly|clinically|ethnically|racially|"
     r"demographically|socially|geographically|culturally)\s+)?(?:mixed|diverse|varied)(?!\s+(?:with|into|by|in\s+a)\b)",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Excluded patients with comorbidity - a selected population"
    (r"(?:a|the)\s+(?:carefully\s+)?selected\s+(?:population|sample|group\s+of\s+(?:patients|participants|people))", (("heterogeneity", "homogeneous", STRONG),), False),
    (r"homogene\w*|homogenous|(?:very|fairly|quite|highly)\s+(?:similar|uniform)\s+(?:group|population|sample|set)|narrowly\s+(?:defined|selected)|highly\s+selected|"
     # "a narrow and uniform group", "a uniform sample": who was studied was alike
     r"(?:narrow|uniform)\s+(?:and\s+(?:narrow|uniform|similar)\s+)?(?:group|population|sample|cohort)|"
     # "A narrow occupational population of white-collar civil servants": one word between saying what kind of people
     # (not "a uniform control group", an arm's name)
     r"narrow\s+(?!(?:and|or|control|treatment|comparison|intervention|dose|age)\b)[a-z-]+\s+(?:population|sample|cohort)\b",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "Restricted to men from a single clinic": a clause opening with it (the study left unsaid) limits who
    # entered to one sex ("the benefit seemed confined to women whose ferritin ..." is a finding; "restricted
    # to 20 women" a size)
    # ("Restricted to healthy, sedentary women aged 55–70": the words before the sex may be a list)
    (r"restricted(?<![\w,]\srestricted)\s+to\s+(?:(?!\d)[\w-]+,?\s+){0,2}?(?:men|women|males|females|boys|girls)\b(?!\s+(?:whose|who|in\s+whom)\b)|"
     r"confined(?<![\w,]\sconfined)\s+to\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:men|women|males|females|boys|girls)\b(?!\s+(?:whose|who|in\s+whom)\b)|"
     # "Restricted to mild, untreated, uncomplicated hypertension": the same clause narrows who entered to one stage or
     # severity of an illness ("Side effects were restricted to mild nausea" has its subject said, an outcome)
     r"restricted(?<![\w,]\srestricted)\s+to\s+(?:(?!\d)[\w-]+,?\s+){0,2}?(?:mild|moderate|severe|mild[- ]to[- ]moderate|"
     r"moderate[- ]to[- ]severe|early|early[- ]stage|late[- ]stage|advanced|untreated|uncomplicated|newly[- ]diagnosed)\b,?\s+(?!\d)[\w-]+|"
     # "Restricted to one ethnic group in one London borough": people of one origin, the same clause
     r"restricted(?<![\w,]\srestricted)\s+to\s+(?:one|a\s+single)\s+(?:ethnic|racial|religious|linguistic|language|tribal|caste)\s+"
     r"(?:groups?|communit(?:y|ies)|minorit(?:y|ies))\b",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "A narrow, almost entirely male veteran population", "A narrow, largely white, affluent suburban population":
    # the adjectives between (a list of them too) do not change who it is
    (r"narrow,\s+(?:(?!(?:in|of|for|to|at|on|with|the|this|that|window|range|margin|interval)\b)[\w-]+,?\s+){1,5}?(?:population|sample|cohort|group)\b",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "Narrow inclusion criteria: oligomenorrhoea, BMI under 30", "a narrow age range": who could enter was alike
    # "Narrow eligibility: long-term care residents from one region only": the criteria word left out
    (r"(?:narrow|restrictive)\s+(?:(?:inclusion|eligibility|entry|selection)\s+criteria|eligibility(?!\s+(?:windows?|periods?|dates?)))|narrow\s+age\s+range",
     (("heterogeneity", "homogeneous", STRONG),), False),
]
