"""The Python app's data step in pandas, for the benchmark: tabs fetched from a URL, one CSV written per tab.

Usage: pandas_steps.py daily|destrib|rosstat|munic URL OUT.csv
       pandas_steps.py all URL_WITH_{sheet} OUT_DIR    (the four tabs in one process, as `npm run data` reads them)

The steps are the seed's; the only additions make them finish on gviz-style input, which the
seed's sheet did not send then: digit groups with no-break spaces and decimal commas in every
numeric column (read_csv's `thousands` takes one byte only, so it cannot strip U+00A0 itself).
The seed fetched each tab twice (requests.get to check the status, then read_csv); here once, in pandas' favour.
"""
import os
import sys

import numpy as np
import pandas as pd

SPACES = ['\u00a0', '\u202f', '\u2009', ' ']


def sheet_number(text):
    """'44 348,00' -> '44348.00': the seed's comma replace, plus the digit-group spaces."""
    text = str(text)
    for space in SPACES:
        text = text.replace(space, '')
    return text.replace(',', '.')


def to_numbers(table, keep):
    """Every column read as text that is not meant to be text becomes a number."""
    for column in table.columns:
        if column not in keep and table[column].dtype == object:
            table[column] = pd.to_numeric(table[column].apply(sheet_number), errors='coerce').fillna(0)


def daily(url, out):
    data = pd.read_csv(url, parse_dates=['дата'], dayfirst=True)
    data.fillna(0, inplace=True)
    to_numbers(data, keep={'дата', 'учебные учреждения'})

    data['кумул. случаи'] = data['всего'].cumsum()
    data['кумул.умерли'] = data['умерли от ковид'].cumsum()
    data['кумул.выписаны'] = data['выписали'].cumsum()
    data['кумул.активные'] = data['кумул. случаи'].sub(data['кумул.выписаны']).sub(data['кумул.умерли'])
    data['кол-во тестов / 10'] = data['кол-во тестов'] / 10
    data['все кроме Калининграда'] = data.filter(regex='округ').sum(axis=1)
    data.drop(['учебные учреждения'], axis=1, inplace=True, errors='ignore')

    # Running counts of days with IR >= 1 and IR < 1, and their ratio.
    rate = data['infection rate']
    plus = rate[rate >= 1].mask(rate >= 0, 1).reindex(data.index).cumsum().ffill()
    minus = rate[rate < 1].mask(rate >= 0, 1).reindex(data.index).cumsum().ffill()
    data['отношение'] = (plus / minus).apply(lambda x: round(x, 2))

    # The seed shrank numbers to float16 / int16 before writing.
    floats = ['infection rate', 'IR7', 'отношение']
    for column in data.columns.difference(['дата', 'кол-во тестов / 10']):
        if column in floats or (data[column] % 1 != 0).any():
            data[column] = data[column].astype(np.float16)
        else:
            data[column] = data[column].astype(np.int16)
    data.to_csv(out, index=False)


def small_table(url, out, key, dtype):
    """The seed's step for a small tab: blanks as 0, every column but the key cast to one integer type."""
    data = pd.read_csv(url)
    data.fillna(0, inplace=True)
    to_numbers(data, keep={key})
    for column in data.columns.difference([key]):
        data[column] = data[column].astype(dtype)
    data.to_csv(out, index=False)


def destrib(url, out):
    small_table(url, out, 'дата', np.int8)


def rosstat(url, out):
    small_table(url, out, 'Месяц', np.int16)


def munic(url, out):
    data = pd.read_csv(url)
    data.drop('ID', axis=1, inplace=True)
    to_numbers(data, keep={'Дата', 'Регион'})
    data = data.pivot(index='Дата', columns='Регион', values='Выявлено')
    data.index = pd.to_datetime(data.index, dayfirst=True)
    data.sort_index(inplace=True)
    data.fillna(method='ffill', inplace=True)
    data = data.diff()
    data = data.fillna(0)
    data.to_csv(out)


# The seed's file names (data/*.csv on its datasets branch), by the tab each is read from.
STEPS = {'data': (daily, 'data.csv'), 'destrib': (destrib, 'destrib.csv'), 'rosstat': (rosstat, 'rosstat.csv'), 'munic': (munic, 'munic.csv')}


def all_tabs(template, out_dir):
    for tab, (step, name) in STEPS.items():
        step(template.replace('{sheet}', tab), os.path.join(out_dir, name))


if __name__ == '__main__':
    tab, url, out = sys.argv[1:4]
    {'all': all_tabs, 'daily': daily, 'destrib': destrib, 'rosstat': rosstat, 'munic': munic}[tab](url, out)
