package parser

// countryTable lists the UN member and observer states, and Kosovo and
// Taiwan, one a line: the English short name used as the entity's value,
// then other names and abbreviations, separated by "|". A name written
// "the X" takes the article into the entity when the text has it.
const countryTable = `Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|the Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia
Botswana
Brazil
Brunei|Brunei Darussalam
Bulgaria
Burkina Faso
Burundi
Cabo Verde|Cape Verde
Cambodia
Cameroon
Canada
Central African Republic|the Central African Republic
Chad
Chile
China|People's Republic of China|the People's Republic of China|PRC|Mainland China
Colombia
Comoros|the Comoros
Congo|Republic of the Congo|the Republic of the Congo|Congo-Brazzaville
Costa Rica
Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire|Ivory Coast
Croatia
Cuba
Cyprus
Czechia|Czech Republic|the Czech Republic
Democratic Republic of the Congo|the Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa
Denmark
Djibouti
Dominica
Dominican Republic|the Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia|the Gambia|The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Holy See|the Holy See|Vatican|Vatican City
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran
Iraq
Ireland|Republic of Ireland|the Republic of Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan|Kyrgyz Republic
Laos|Lao PDR
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives|the Maldives
Mali
Malta
Marshall Islands|the Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia|Federated States of Micronesia
Moldova|Republic of Moldova|the Republic of Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|the Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|Democratic People's Republic of Korea|DPRK
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|State of Palestine|the State of Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines|the Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation|the Russian Federation
Rwanda
Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis
Saint Lucia|St Lucia|St. Lucia
Saint Vincent and the Grenadines|St Vincent and the Grenadines
Samoa
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Seychelles|the Seychelles
Sierra Leone
Singapore
Slovakia|Slovak Republic|the Slovak Republic
Slovenia
Solomon Islands|the Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|the Republic of Korea|Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria|Syrian Arab Republic
Taiwan
Tajikistan
Tanzania|United Republic of Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye|Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|the United Arab Emirates|UAE|U.A.E.
United Kingdom|the United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|the United Kingdom of Great Britain and Northern Ireland
United States|the United States|United States of America|the United States of America|US|U.S.|USA|U.S.A.|America
Uruguay
Uzbekistan
Vanuatu
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
`
