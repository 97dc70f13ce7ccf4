package parser

// placeTable lists places that are not states: US states and Canadian
// provinces, the nations of the United Kingdom, regions, and major cities,
// in the format of countryTable. A name marked "," (such as the AP
// abbreviation "Calif.") counts only after a comma, as in a dateline
// ("SAN JOSE, Calif."). The list is kept modest on purpose: names that are
// also common words or surnames are left out.
const placeTable = `Alabama|,Ala.
Alaska
Arizona|,Ariz.
Arkansas|,Ark.
California|,Calif.
Colorado|,Colo.
Connecticut|,Conn.
Delaware|,Del.
Florida|,Fla.
,Georgia|,Ga.
Hawaii
Idaho
Illinois|,Ill.
Indiana|,Ind.
Iowa
Kansas|,Kan.
Kentucky|,Ky.
Louisiana|,La.
Maine
Maryland|,Md.
Massachusetts|,Mass.
Michigan|,Mich.
Minnesota|,Minn.
Mississippi|,Miss.
Missouri|,Mo.
Montana|,Mont.
Nebraska|,Neb.
Nevada|,Nev.
New Hampshire|,N.H.
New Jersey|,N.J.
New Mexico|,N.M.
New York
North Carolina|,N.C.
North Dakota|,N.D.
Ohio
Oklahoma|,Okla.
Oregon|,Ore.
Pennsylvania|,Pa.
Rhode Island|,R.I.
South Carolina|,S.C.
South Dakota|,S.D.
Tennessee|,Tenn.
Texas
Utah
Vermont|,Vt.
Virginia|,Va.
Washington State
West Virginia|,W.Va.
Wisconsin|,Wis.
Wyoming|,Wyo.
District of Columbia|,D.C.
Alberta
British Columbia
Manitoba
New Brunswick
Newfoundland and Labrador|Newfoundland
Nova Scotia
Ontario
Prince Edward Island
Quebec|Québec
Saskatchewan
England
Scotland
Wales
Northern Ireland
Puerto Rico
Hong Kong
Macau|Macao
Greenland
Hainan
Europe
Asia
Africa
North America
South America
Latin America
Central America
Middle East|the Middle East
Asia Pacific|Asia-Pacific|APAC
Southeast Asia|South-East Asia
Scandinavia
Caribbean|the Caribbean
Balkans|the Balkans
Silicon Valley
Bay Area|the Bay Area
Midwest|the Midwest
New England
Amsterdam
Athens
Atlanta
Auckland
Austin
Baghdad
Baltimore
Bangalore|Bengaluru
Bangkok
Barcelona
Beijing
Beirut
Berlin
Bogotá|Bogota
Boston
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Calgary
Cape Town
Charlotte
Chicago
Cincinnati
Cleveland
Copenhagen
Dallas
Delhi|New Delhi
Denver
Detroit
Dubai
Dublin
Düsseldorf|Dusseldorf
Edinburgh
Frankfurt
Geneva
Glasgow
Hamburg
Hanoi
Helsinki
Ho Chi Minh City
Honolulu
Houston
Indianapolis
Istanbul
Jakarta
Jerusalem
Johannesburg
Kansas City
Karachi
Kyiv|Kiev
Lagos
Las Vegas
Lisbon
Ljubljana
London
Los Angeles
Luxembourg City
Lyon
Madrid
Manchester
Manila
Melbourne
Mexico City
Miami
Milan
Milwaukee
Minneapolis
Mississauga
Montreal|Montréal
Moscow
Mumbai
Munich
Nairobi
Nashville
New Orleans
New York City
Oslo
Ottawa
Paris
Philadelphia
Phoenix
Pittsburgh
Portland
Prague
Riga
Rio de Janeiro
Riyadh
Rome
Rotterdam
Sacramento
Salt Lake City
San Antonio
San Diego
San Francisco
San Jose
Santiago
São Paulo|Sao Paulo
Seattle
Seoul
Shanghai
Shenzhen
Singapore City
Sofia
St. Louis|St Louis|Saint Louis
Stockholm
Sydney
Taipei
Tallinn
Tel Aviv
Tokyo
Toronto
Vancouver
Vienna
Vilnius
Warsaw
Washington|Washington, D.C.|Washington D.C.|Washington, DC
Wellington
Zagreb
Zurich|Zürich
`
