import { decideSubmission, submitRefusal, withdrawRefusal, type TSubmissionMessages } from '../../cloud/lib/submissions/decide-submission'

const due = new Date('2027-03-25T10:00:00Z')
const before = new Date(due.getTime() - 1)
const after = new Date(due.getTime() + 1)
const words: TSubmissionMessages = { submitted: 'S', accepted: 'A', late: 'L', notSubmitted: 'N', withdrawLate: 'WL' }

describe('decideSubmission (contracts.md: submit before due_at or when 退回; withdraw before due_at)', () => {
  it.each([
    ['draft', before, null, 'not_submitted', true],
    ['draft', due, null, 'not_submitted', true],
    ['draft', after, 'deadline_passed', 'not_submitted', true],
    ['returned', after, null, 'not_submitted', true],
    ['submitted', before, 'submitted', null, false],
    ['submitted', after, 'submitted', 'deadline_passed', false],
    ['accepted', before, 'accepted', 'accepted', false],
  ] as const)('%s at %s', (status, now, submit, withdraw, editable) => {
    expect(decideSubmission({ status, dueAt: due, now })).toEqual({ deadlinePassed: now > due, editable, submit, withdraw })
  })

  it('never passes without a deadline', () => {
    expect(decideSubmission({ status: 'draft', dueAt: null, now: after })).toMatchObject({ deadlinePassed: false, submit: null })
  })

  it('answers each refusal with its code and the domain’s words', () => {
    expect(submitRefusal(decideSubmission({ status: 'draft', dueAt: due, now: after }), words)).toEqual({ code: 'deadline_passed', message: 'L' })
    expect(submitRefusal(decideSubmission({ status: 'submitted', dueAt: due, now: after }), words)).toEqual({ code: 'already_submitted', message: 'S' })
    expect(withdrawRefusal(decideSubmission({ status: 'submitted', dueAt: due, now: after }), words)).toEqual({ code: 'deadline_passed', message: 'WL' })
    // Withdrawing an accepted item: not_submitted unless the domain words it as already_submitted.
    const accepted = decideSubmission({ status: 'accepted', dueAt: due, now: before })
    expect(withdrawRefusal(accepted, words)).toEqual({ code: 'not_submitted', message: 'N' })
    expect(withdrawRefusal(accepted, { ...words, withdrawAccepted: 'WA' })).toEqual({ code: 'already_submitted', message: 'WA' })
  })
})
