/**
 * Common first names in the Netherlands and Flanders (incl. frequent names of Moroccan, Turkish
 * and other origin). Names that are also ordinary Dutch words (Roos, Ben, Frans, Mark, Lieve …)
 * are left out on purpose: flagging "Ben je klaar?" or "Ze sprak Frans." would only be noise.
 */
const FEMALE = `Emma Julia Sophie Sofie Lotte Noor Anna Eva Sara Sarah Lisa Marie Tess Mila Nina Lieke Sanne Anouk Femke
Inge Els Annelies Kim Lies Hanne Lore Marieke Liesbeth Ellen Karin Petra Linda Marleen Hilde Katrien Griet
Sien Elise Laura Jana Lien Ilse Veerle Nathalie Fatima Amira Yasmina Aylin Zeynep Samira Nadia Leila Saar
Yara Nora Olivia Louise Elena Amélie Amelie Charlotte Fien Lena Lina Mia Zoë Zoe Evi Jasmijn Isa Ilona Esther
Miriam Mirjam Judith Astrid Annemiek Annemarie Anne-Marie Marijke Margriet Maria Mariam Myriam Ans Anja Anke
Wendy Sandra Monique Ingrid Patricia Caroline Carolien Kathleen Kristien Christine Christel Nicole Sabine
Sylvie Valerie Veronique Véronique Evelien Eline Elien Jolien Joke Greet Rita Gerda Hanna Hannah Dewi Fenna
Floor Iris Julie Manon Merel Naomi Nienke Renske Romy Sterre Tamara Vera Yasmine Ayşe Elif Hatice Khadija
Malika Naima Salma Soumaya Ikram Imane Hajar Meryem`;

const MALE = `Daan Sem Lucas Levi Finn Milan Bram Thomas Jan Piet Kees Joost Wouter Pieter Tom Koen Bart Jeroen
Stijn Wim Dirk Luc Marc Peter Jef Jos Noah Liam Mohamed Mohammed Ahmed Youssef Yusuf Ali Mehmet Arthur Louis
Jules Victor Lars Ruben Tim Bas Sven Niels Jesse Jens Luuk Thijs Teun Gijs Hugo Max Stan Sander Joris
Robin Kevin Dennis Erik Eric Hans Henk Gert Geert Gert-Jan Filip Philippe Pascal Patrick Johan Joris
Kristof Christophe Steven Stefan Stefaan Tobias Tibo Lowie Wout Seppe Senne Mathis Matthias Matteo Rayan
Adam Amir Omar Hamza Bilal Karim Mustafa Emre Burak Murat Hasan Hüseyin Ibrahim Ismail Jamal Nabil Rachid
Said Yassin Younes Anton Arne Brecht Dries Jonas Maarten Michiel Olivier Pieterjan Sebastiaan Simon Toon`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(`${FEMALE} ${MALE}`.split(/\s+/).filter(Boolean));

/**
 * Capitalised words that are not names: pronouns and other frequent sentence openers, day and
 * month names, holidays and words of the method. Checked case-sensitively on the capitalised form.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `Ik Jij Je U Hij Zij Ze We Wij Jullie Het De Een En Maar Want Dus Toen Dan Daarna Daarom Nu Later Eerst
Op In Bij Met Voor Na Over Om Of Als Dat Die Dit Deze Wat Wie Hoe Waarom Waar Wanneer Niet Ook Nog Wel Geen Er
Mijn Haar Zijn Hun Onze Ons Uw Jouw Ja Nee Oké Ok Misschien Soms Vaak Altijd Nooit Iedereen Niemand Alles
Vandaag Gisteren Morgen Vanochtend Vanavond Vanmiddag Vannacht Tijdens Sinds Tot Tegen Zonder Door Tussen
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Kerstmis Kerst Pasen Pinksteren Sinterklaas Nieuwjaar Ramadan Suikerfeest Offerfeest Allerheiligen
God Here Allah Nederland België Vlaanderen Wallonië Europa
Balint Kring Intervisie Supervisie Casus Inbreng Vragen Uitwisseling Terugkoppeling Samenvatting
Mevrouw Meneer Mijnheer Vroedvrouw Verloskundige Moeder Vader Baby Collega Dokter Cliënte Cliënt Zwangere
Gynaecoloog Huisarts Arts Partner Team Afdeling Teams Zoom Covid Corona`.split(/\s+/),
);
