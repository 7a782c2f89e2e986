// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LimitedInput, overflowOfPaste } from '../../../renderer/supervisor/parts/FieldLimit.tsx';

afterEach(cleanup);

describe('overflowOfPaste', () => {
  it('counts what does not fit, taking a selection that the paste replaces into account', () => {
    expect(overflowOfPaste('12345', 5, 5, 'abc', 10)).toBe(0);
    expect(overflowOfPaste('12345', 5, 5, 'abcdefgh', 10)).toBe(3);
    expect(overflowOfPaste('12345', 0, 5, 'abcdefghij', 10)).toBe(0);
    expect(overflowOfPaste('1234567890', 10, 10, 'x', 10)).toBe(1);
  });
});

function Field({ max, initial }: { max: number; initial: string }) {
  const [value, setValue] = useState(initial);
  return <LimitedInput id="theme" max={max} value={value} onValue={setValue} aria-label="Thema" />;
}

describe('<LimitedInput>', () => {
  it('says how many pasted characters were left out, and shows the room left near the limit', () => {
    render(<Field max={20} initial="Regie en stem" />);
    expect(screen.queryByTestId('field-count')).toBeNull();
    const input = screen.getByRole('textbox', { name: 'Thema' }) as HTMLInputElement;
    input.setSelectionRange(13, 13);
    fireEvent.paste(input, { clipboardData: { getData: () => ' van de cliënte en haar partner' } });
    expect(screen.getByRole('alert').textContent).toContain('de laatste 24 tekens van wat je plakte zijn niet toegevoegd (maximum 20 tekens)');
    fireEvent.change(input, { target: { value: 'Regie en stem van de' } });
    expect(screen.getByTestId('field-count').textContent).toContain('Vol: 20 tekens');
    fireEvent.change(input, { target: { value: 'Regie en stem van' } });
    expect(screen.getByTestId('field-count').textContent).toBe('17 van 20 tekens · nog 3');
  });
});
