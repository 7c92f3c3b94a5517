import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givenNamesMatch, personKeys, placeKey, surnamesMatch, tokenKey } from '../../src/resolve/name-key.js';

describe('name keys', () => {
  it('folds transliteration variants of a surname to one key', () => {
    assert.equal(tokenKey('Zelenskyy'), tokenKey('Zelensky'));
    assert.equal(tokenKey('Zelenskiy'), tokenKey('Zelensky'));
    assert.equal(tokenKey('Vučić'), tokenKey('Vucic'));
  });
  it('matches surnames one edit apart, but not short or different surnames', () => {
    assert.ok(surnamesMatch(tokenKey('Lukashenko'), tokenKey('Lukashenka')));
    assert.ok(!surnamesMatch(tokenKey('Marten'), tokenKey('Morton')));
    assert.ok(!surnamesMatch(tokenKey('Iran'), tokenKey('Iraq')));
  });
  it('joins given names from the variant table and initials, not different names', () => {
    assert.ok(givenNamesMatch(tokenKey('Alexander'), tokenKey('Alyaksandr')));
    assert.ok(givenNamesMatch(tokenKey('Alexander'), tokenKey('Alyaksandra')));
    assert.ok(givenNamesMatch(tokenKey('A'), tokenKey('Alexander')));
    assert.ok(!givenNamesMatch(tokenKey('Viktor'), tokenKey('Alexander')));
    assert.ok(!givenNamesMatch(tokenKey('Anna'), tokenKey('Hanna')));
  });
  it('drops titles before a name and keeps the surname last', () => {
    assert.deepEqual(personKeys('President Olena Marchuk'), { first: tokenKey('Olena'), surname: tokenKey('Marchuk') });
    assert.deepEqual(personKeys('Mr Marchuk'), { first: null, surname: tokenKey('Marchuk') });
  });
  it('joins place spellings from the variant table only', () => {
    assert.equal(placeKey('Kiev'), placeKey('Kyiv'));
    assert.notEqual(placeKey('Vienna'), placeKey('Venice'));
  });
});
