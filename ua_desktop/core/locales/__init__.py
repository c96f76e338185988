"""Countries and languages: their names in every language, from Babel/CLDR."""
